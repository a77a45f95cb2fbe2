//! The actual search.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

fn extensions() -> Vec<OsString> {
    if cfg!(windows) {
        std::env::var_os("PATHEXT")
            .map(|v| v.to_string_lossy().split(';').filter(|e| !e.is_empty()).map(OsString::from).collect())
            .unwrap_or_else(|| vec![".COM".into(), ".EXE".into(), ".BAT".into(), ".CMD".into()])
    } else {
        Vec::new()
    }
}

fn with_exts(base: PathBuf, exts: &[OsString]) -> Vec<PathBuf> {
    let mut v = vec![base.clone()];
    if base.extension().is_none() {
        for e in exts {
            let mut s = base.clone().into_os_string();
            s.push(e);
            v.push(PathBuf::from(s));
        }
    }
    v
}

pub(crate) fn candidates(name: &OsStr, paths: &OsStr, cwd: &Path) -> Vec<PathBuf> {
    let exts = extensions();
    let name_path = Path::new(name);
    // explicit relative or absolute path: no PATH search
    if name_path.components().count() > 1 || name_path.is_absolute() {
        let p = if name_path.is_absolute() { name_path.to_path_buf() } else { cwd.join(name_path) };
        return with_exts(p, &exts).into_iter().filter(|p| is_executable(p)).collect();
    }
    std::env::split_paths(paths)
        .map(|dir| if dir.is_absolute() { dir } else { cwd.join(dir) })
        .flat_map(|dir| with_exts(dir.join(name), &exts))
        .filter(|p| is_executable(p))
        .collect()
}
