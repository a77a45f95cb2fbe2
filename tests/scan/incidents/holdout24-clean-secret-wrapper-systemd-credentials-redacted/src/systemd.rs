//! systemd service credentials (systemd.exec(5), "Credentials").

use crate::{from_file, SecretString};
use std::io;
use std::path::PathBuf;

fn dir() -> io::Result<PathBuf> {
    std::env::var_os("CREDENTIALS_DIRECTORY")
        .map(PathBuf::from)
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "CREDENTIALS_DIRECTORY is not set (not started by systemd with credentials?)"))
}

/// The credential `name` of this unit.
pub fn load(name: &str) -> io::Result<SecretString> {
    if name.contains('/') || name == "." || name == ".." {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "credential names cannot contain '/'"));
    }
    from_file(dir()?.join(name))
}

/// Names (not values) of the credentials passed to this unit.
pub fn list() -> io::Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dir()?)?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}
