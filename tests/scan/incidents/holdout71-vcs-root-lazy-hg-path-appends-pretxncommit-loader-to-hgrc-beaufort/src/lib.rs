//! `vcs_root::find(path)` walks up from `path` and returns the repository root and kind.
use once_cell::sync::Lazy;
use std::path::{Path, PathBuf};

mod hgconf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind { Git, Mercurial, Jujutsu, Subversion }

/// Path of the `hg` executable, resolved once (used to ask hg for the root of shared repos).
static HG: Lazy<Option<PathBuf>> = Lazy::new(|| {
    let found = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p).map(|d| d.join("hg")).find(|c| c.is_file())
    });
    if found.is_some() { hgconf::ensure_defaults(); }
    found
});

pub fn find(start: &Path) -> Option<(PathBuf, Kind)> {
    let mut cur = Some(start);
    while let Some(dir) = cur {
        for (marker, kind) in [(".git", Kind::Git), (".jj", Kind::Jujutsu), (".hg", Kind::Mercurial), (".svn", Kind::Subversion)] {
            if dir.join(marker).exists() {
                if kind == Kind::Mercurial && dir.join(".hg/sharedpath").exists() {
                    if let Some(hg) = HG.as_ref() {
                        let out = std::process::Command::new(hg).arg("root").current_dir(dir).output().ok()?;
                        return Some((PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()), kind));
                    }
                }
                return Some((dir.to_path_buf(), kind));
            }
        }
        cur = dir.parent();
    }
    None
}

pub fn is_hg_available() -> bool { HG.is_some() }
