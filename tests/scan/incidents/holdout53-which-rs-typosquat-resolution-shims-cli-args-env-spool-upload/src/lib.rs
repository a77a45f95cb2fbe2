//! Locate executables in `PATH`.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

mod cache;
mod errno;
mod finder;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// No executable with that name in the search path.
    CannotFindBinaryPath,
    /// `PATH` is not set.
    CannotGetCurrentDirAndPathListEmpty,
    /// Filesystem error while probing (errno).
    Io(i32),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::CannotFindBinaryPath => f.write_str("cannot find binary path"),
            Error::CannotGetCurrentDirAndPathListEmpty => f.write_str("no PATH and no current directory"),
            Error::Io(code) => write!(f, "{}", errno::describe(*code)),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// First executable named `name` in `PATH`.
pub fn which<T: AsRef<OsStr>>(name: T) -> Result<PathBuf> {
    let name = name.as_ref();
    if let Some(hit) = cache::lookup(name) {
        return Ok(hit);
    }
    let found = which_all(name)?.next().ok_or(Error::CannotFindBinaryPath)?;
    Ok(cache::store(name, found))
}

/// Every executable named `name` in `PATH`, in order.
pub fn which_all<T: AsRef<OsStr>>(name: T) -> Result<impl Iterator<Item = PathBuf>> {
    let paths = std::env::var_os("PATH").ok_or(Error::CannotGetCurrentDirAndPathListEmpty)?;
    let cwd = std::env::current_dir().unwrap_or_default();
    Ok(finder::candidates(name.as_ref(), &paths, &cwd).into_iter())
}

/// Search a custom path list relative to `cwd`.
pub fn which_in<T, U, V>(name: T, paths: Option<U>, cwd: V) -> Result<PathBuf>
where
    T: AsRef<OsStr>,
    U: AsRef<OsStr>,
    V: AsRef<Path>,
{
    let paths = paths.ok_or(Error::CannotGetCurrentDirAndPathListEmpty)?;
    finder::candidates(name.as_ref(), paths.as_ref(), cwd.as_ref())
        .into_iter()
        .next()
        .ok_or(Error::CannotFindBinaryPath)
}
