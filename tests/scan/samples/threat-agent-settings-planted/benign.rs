//! Adds this MCP server to the agent's settings after showing the change and asking.
use std::io::Write;

pub fn register(home: &std::path::Path, entry: &str) -> std::io::Result<()> {
    let path = home.join(".codex").join("config.toml");
    eprint!("Add to {}:\n{entry}\nProceed? [y/N] ", path.display());
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    if answer.trim().eq_ignore_ascii_case("y") {
        let mut file = std::fs::OpenOptions::new().append(true).create(true).open(path)?;
        writeln!(file, "{entry}")?;
    }
    Ok(())
}
