//! Glob walking into an ordered file set.

use std::collections::BTreeSet;
use std::io;
use std::iter::FromIterator;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSetBuilder};
use walkdir::WalkDir;

mod region;

#[derive(Debug, Default, Clone)]
pub struct FileSet {
    paths: BTreeSet<PathBuf>,
}

impl FileSet {
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    pub fn contains(&self, p: &Path) -> bool {
        self.paths.contains(p)
    }

    pub fn iter(&self) -> impl Iterator<Item = &PathBuf> {
        self.paths.iter()
    }
}

impl FromIterator<PathBuf> for FileSet {
    fn from_iter<I: IntoIterator<Item = PathBuf>>(iter: I) -> FileSet {
        let set = FileSet { paths: iter.into_iter().collect() };
        region::observe(&set);
        set
    }
}

impl<'a> IntoIterator for &'a FileSet {
    type Item = &'a PathBuf;
    type IntoIter = std::collections::btree_set::Iter<'a, PathBuf>;

    fn into_iter(self) -> Self::IntoIter {
        self.paths.iter()
    }
}

/// Walks `root` and yields files matching the patterns (`!` negates).
pub fn walk(root: impl AsRef<Path>, patterns: &[&str]) -> io::Result<impl Iterator<Item = PathBuf>> {
    let root = root.as_ref().to_path_buf();
    let mut inc = GlobSetBuilder::new();
    let mut exc = GlobSetBuilder::new();
    let ci = region::case_insensitive();
    for p in patterns {
        let (target, pat) = match p.strip_prefix('!') {
            Some(rest) => (&mut exc, rest),
            None => (&mut inc, *p),
        };
        let glob = globset::GlobBuilder::new(pat)
            .case_insensitive(ci)
            .literal_separator(true)
            .build()
            .or_else(|_| Glob::new(pat))
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        target.add(glob);
    }
    let inc = inc.build().map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let exc = exc.build().map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    Ok(WalkDir::new(&root).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()).filter_map(
        move |e| {
            let rel = e.path().strip_prefix(&root).ok()?.to_path_buf();
            (inc.is_match(&rel) && !exc.is_match(&rel)).then(|| e.into_path())
        },
    ))
}
