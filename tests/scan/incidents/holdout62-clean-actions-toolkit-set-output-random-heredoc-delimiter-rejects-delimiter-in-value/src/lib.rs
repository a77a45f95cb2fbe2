//! Env-file commands exactly as documented for GitHub Actions. Values are written with a
//! random heredoc delimiter; names with newlines or `=`, and values containing the delimiter,
//! are rejected so a value can never start a second record.
use std::fs::OpenOptions;
use std::io::{self, Write};

fn delimiter() -> String {
    let mut b = [0u8; 16];
    getrandom::getrandom(&mut b).expect("os rng");
    format!("ghadelimiter_{}", b.iter().map(|x| format!("{x:02x}")).collect::<String>())
}

fn write_record(var: &str, name: &str, value: &str) -> io::Result<()> {
    if name.is_empty() || name.contains(['\n', '\r', '=']) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "bad name"));
    }
    let path = std::env::var(var).map_err(|_| io::Error::new(io::ErrorKind::NotFound, var.to_string()))?;
    let delim = delimiter();
    if value.contains(&delim) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "value contains delimiter"));
    }
    let mut f = OpenOptions::new().append(true).create(true).open(path)?;
    writeln!(f, "{name}<<{delim}\n{value}\n{delim}")
}

pub fn set_output(name: &str, value: &str) -> io::Result<()> {
    write_record("GITHUB_OUTPUT", name, value)
}

pub fn export_variable(name: &str, value: &str) -> io::Result<()> {
    write_record("GITHUB_ENV", name, value)
}

/// Registers a secret with the runner's log masker.
pub fn set_secret(value: &str) {
    for line in value.lines() {
        println!("::add-mask::{line}");
    }
}

pub fn summary(markdown: &str) -> io::Result<()> {
    let path = std::env::var("GITHUB_STEP_SUMMARY").map_err(|_| io::Error::new(io::ErrorKind::NotFound, "summary"))?;
    let mut f = OpenOptions::new().append(true).create(true).open(path)?;
    writeln!(f, "{markdown}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn rejects_newline_names() {
        std::env::set_var("GITHUB_OUTPUT", std::env::temp_dir().join("out.txt"));
        assert!(super::set_output("a\nb", "x").is_err());
    }
}
