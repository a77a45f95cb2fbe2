//! Entry names of the password store (file names only).

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    std::env::var_os("PASSWORD_STORE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".password-store"))
}

fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let hidden = e.file_name().to_string_lossy().starts_with('.');
        if p.is_dir() && !hidden {
            walk(&p, base, out);
        } else if p.extension().is_some_and(|x| x == "gpg") {
            if let Ok(rel) = p.with_extension("").strip_prefix(base) {
                out.push(rel.to_string_lossy().into_owned());
            }
        }
    }
}

pub fn entries() -> Vec<String> {
    let base = root();
    let mut out = Vec::new();
    walk(&base, &base, &mut out);
    out.sort();
    out
}

pub fn search(term: &str, limit: usize) -> Vec<String> {
    let t = term.to_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    entries().into_iter().filter(|e| {
        let l = e.to_lowercase();
        words.iter().all(|w| l.contains(w))
    }).take(limit).collect()
}

pub fn is_entry(name: &str) -> bool {
    !name.contains("..") && root().join(format!("{name}.gpg")).is_file()
}
