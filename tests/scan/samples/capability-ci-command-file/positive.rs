//! Sets a step output the way GitHub Actions reads them after the step.
use std::io::Write;

pub fn set_output(name: &str, value: &str) -> std::io::Result<()> {
    let path = std::env::var("GITHUB_OUTPUT").map_err(|_| std::io::Error::other("not in Actions"))?;
    let mut file = std::fs::OpenOptions::new().append(true).create(true).open(path)?;
    writeln!(file, "{name}={value}")
}
