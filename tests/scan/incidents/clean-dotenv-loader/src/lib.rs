//! Load a `.env` file into the process environment, at the caller's request.
//!
//! ```no_run
//! envfile_loader::dotenv().ok();
//! let url = std::env::var("DATABASE_URL").unwrap();
//! ```
//!
//! Variables already set in the environment are never overwritten.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    LineParse { line: usize, content: String },
    NotFound,
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Find `.env` in the current directory or its ancestors and load it.
/// Returns the path that was loaded.
pub fn dotenv() -> Result<PathBuf> {
    let path = find(&env::current_dir()?, ".env")?;
    from_path(&path)?;
    Ok(path)
}

/// Load the named file (searched like `.env`).
pub fn from_filename(name: &str) -> Result<PathBuf> {
    let path = find(&env::current_dir()?, name)?;
    from_path(&path)?;
    Ok(path)
}

/// Load the file at `path`.
pub fn from_path(path: &Path) -> Result<()> {
    let text = fs::read_to_string(path)?;
    for (key, value) in parse(&text)? {
        if env::var_os(&key).is_none() {
            env::set_var(key, value);
        }
    }
    Ok(())
}

fn find(dir: &Path, name: &str) -> Result<PathBuf> {
    let candidate = dir.join(name);
    if candidate.is_file() {
        return Ok(candidate);
    }
    match dir.parent() {
        Some(parent) => find(parent, name),
        None => Err(Error::NotFound),
    }
}

/// Parse `KEY=value` lines; `#` comments, `export` prefixes and quoted values are accepted.
pub fn parse(text: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| Error::LineParse { line: n + 1, content: raw.to_string() })?;
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(Error::LineParse { line: n + 1, content: raw.to_string() });
        }
        let value = value.trim();
        let value = if value.len() >= 2
            && ((value.starts_with('"') && value.ends_with('"'))
                || (value.starts_with('\'') && value.ends_with('\'')))
        {
            &value[1..value.len() - 1]
        } else {
            value.split(" #").next().unwrap_or("").trim_end()
        };
        out.push((key.to_string(), value.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_quotes_comments_and_export() {
        let parsed = parse("# db\nexport DATABASE_URL=\"postgres://localhost/app\"\nDEBUG=1 # on\n").unwrap();
        assert_eq!(
            parsed,
            vec![
                ("DATABASE_URL".to_string(), "postgres://localhost/app".to_string()),
                ("DEBUG".to_string(), "1".to_string()),
            ]
        );
    }

    #[test]
    fn loads_a_file_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".env");
        fs::write(&path, "ENVFILE_LOADER_TEST_A=from-file\n").unwrap();
        from_path(&path).unwrap();
        assert_eq!(env::var("ENVFILE_LOADER_TEST_A").unwrap(), "from-file");
    }
}
