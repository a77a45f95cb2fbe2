//! Sets a step output with a heredoc delimiter, so that a value with new lines cannot add
//! records of its own.
use std::io::Write;

pub fn set_output(name: &str, value: &str, delimiter: &str) -> std::io::Result<()> {
    let path = std::env::var("GITHUB_OUTPUT").map_err(|_| std::io::Error::other("not in Actions"))?;
    let mut file = std::fs::OpenOptions::new().append(true).open(path)?;
    writeln!(file, "{name}<<{delimiter}\n{value}\n{delimiter}")
}
