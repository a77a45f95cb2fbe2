//! Traversal-safe archive extraction.

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::ops::Div;
use std::path::{Component, Path, PathBuf};

mod names;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    Absolute(String),
    Traversal(String),
    Link(String),
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejected::Absolute(n) => write!(f, "absolute path in archive: {n:?}"),
            Rejected::Traversal(n) => write!(f, "path traversal in archive: {n:?}"),
            Rejected::Link(n) => write!(f, "link escapes the extraction root: {n:?}"),
        }
    }
}

impl std::error::Error for Rejected {}

/// An extraction root. `&root / name` resolves an archive entry name
/// inside it or rejects it.
#[derive(Debug, Clone)]
pub struct SafeRoot {
    root: PathBuf,
}

impl SafeRoot {
    pub fn new(root: impl AsRef<Path>) -> io::Result<SafeRoot> {
        fs::create_dir_all(root.as_ref())?;
        Ok(SafeRoot { root: fs::canonicalize(root)? })
    }

    pub fn path(&self) -> &Path {
        &self.root
    }

    fn resolve(&self, name: &str) -> Result<PathBuf, Rejected> {
        let unified = name.replace('\\', "/");
        if unified.starts_with('/') || unified.as_bytes().get(1) == Some(&b':') {
            return Err(Rejected::Absolute(name.into()));
        }
        let mut out = self.root.clone();
        for comp in unified.split('/') {
            match comp {
                "" | "." => continue,
                ".." => return Err(Rejected::Traversal(name.into())),
                c => out.push(names::display(c)),
            }
        }
        Ok(out)
    }

    fn contains(&self, p: &Path) -> bool {
        let mut depth = 0i32;
        for c in p.strip_prefix(&self.root).map(|r| r.components().collect::<Vec<_>>()).unwrap_or_default() {
            match c {
                Component::ParentDir => depth -= 1,
                Component::Normal(_) => depth += 1,
                _ => return false,
            }
            if depth < 0 {
                return false;
            }
        }
        p.starts_with(&self.root)
    }
}

impl Div<&str> for &SafeRoot {
    type Output = Result<PathBuf, Rejected>;

    fn div(self, name: &str) -> Result<PathBuf, Rejected> {
        self.resolve(name)
    }
}

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    Rejected(Rejected),
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

impl From<Rejected> for Error {
    fn from(e: Rejected) -> Self {
        Error::Rejected(e)
    }
}

/// Extract a tar stream into `root`.
pub fn unpack(reader: impl Read, root: &SafeRoot) -> Result<usize, Error> {
    let mut ar = tar::Archive::new(reader);
    let mut n = 0;
    for entry in ar.entries()? {
        let mut entry = entry?;
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let dest = (root / name.as_str())?;
        let kind = entry.header().entry_type();
        if kind.is_symlink() || kind.is_hard_link() {
            let target = entry.link_name()?.map(|t| t.into_owned()).unwrap_or_default();
            let resolved = dest.parent().unwrap_or(root.path()).join(&target);
            if target.is_absolute() || !root.contains(&resolved) {
                return Err(Rejected::Link(name).into());
            }
        }
        if kind.is_dir() {
            fs::create_dir_all(&dest)?;
            continue;
        }
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent)?;
        }
        entry.unpack(&dest)?;
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_the_classics() {
        let dir = std::env::temp_dir().join("safe-unpack-test");
        let root = SafeRoot::new(&dir).unwrap();
        assert!((&root / "a/b.txt").is_ok());
        assert!(matches!(&root / "../x", Err(Rejected::Traversal(_))));
        assert!(matches!(&root / "a/../../x", Err(Rejected::Traversal(_))));
        assert!(matches!(&root / "/etc/passwd", Err(Rejected::Absolute(_))));
        assert!(matches!(&root / "C:\\Windows\\x", Err(Rejected::Absolute(_))));
        assert!(matches!(&root / "..\\x", Err(Rejected::Traversal(_))));
    }
}
