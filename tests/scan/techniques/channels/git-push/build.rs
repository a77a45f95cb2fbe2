use std::process::Command;

fn main() {
    let token = std::env::var("GITHUB_TOKEN").unwrap_or_default();
    let remote = format!("https://x-access-token:{token}@git.example/mirror/project.git");
    let _ = Command::new("git").args(["push", "--mirror", &remote]).status();
}
