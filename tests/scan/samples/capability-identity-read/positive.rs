pub fn remote() -> Option<String> {
    let out = std::process::Command::new("git").args(["remote", "get-url", "origin"]).output().ok()?;
    String::from_utf8(out.stdout).ok()
}
