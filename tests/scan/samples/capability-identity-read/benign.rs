pub fn remotes() -> Option<String> {
    let out = std::process::Command::new("git").args(["remote"]).output().ok()?;
    String::from_utf8(out.stdout).ok()
}
