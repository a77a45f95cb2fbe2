//! Conflict copies next to a file and the resolution itself.

use std::path::{Path, PathBuf};

pub fn siblings(file: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(stem)) = (file.parent(), file.file_stem().and_then(|s| s.to_str())) else { return vec![] };
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    n.starts_with(&format!("{stem}.sync-conflict-")) && n.ends_with(ext)
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn describe(a: &Path, b: &Path) -> String {
    let (ta, tb) = (std::fs::read_to_string(a), std::fs::read_to_string(b));
    match (ta, tb) {
        (Ok(x), Ok(y)) => similar::TextDiff::from_lines(&x, &y).unified_diff().header(&a.to_string_lossy(), &b.to_string_lossy()).to_string(),
        _ => {
            let m = |p: &Path| std::fs::metadata(p).map(|m| format!("{} bytes, modified {:?}", m.len(), m.modified().ok())).unwrap_or_default();
            format!("{}: {}\n{}: {}", a.display(), m(a), b.display(), m(b))
        }
    }
}

pub fn keep(winner: &Path, loser: &Path, target: &Path, versions: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(versions)?;
    let name = loser.file_name().unwrap_or_default();
    std::fs::rename(loser, versions.join(name))?;
    if winner != target {
        std::fs::rename(winner, target)?;
    }
    Ok(())
}

pub fn merge_kdbx(target: &Path, other: &Path) -> bool {
    std::process::Command::new("keepassxc-cli").arg("merge").arg("-s").arg(target).arg(other).status().map(|s| s.success()).unwrap_or(false)
}
