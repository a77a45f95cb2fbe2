mod syncthing;

use std::path::{Path, PathBuf};
use std::process::Command;

fn conflicts(target: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(stem)) = (target.parent(), target.file_stem().and_then(|s| s.to_str())) else { return vec![] };
    std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.file_name().and_then(|n| n.to_str()).map(|n| n.starts_with(&format!("{stem}.sync-conflict-"))).unwrap_or(false)).collect())
        .unwrap_or_default()
}

fn choose(target: &Path, other: &Path) -> Option<bool> {
    let text = format!("Keep which version of {}?\n\ncurrent: {}\nconflict copy: {}", target.display(), target.display(), other.display());
    let status = if std::env::var_os("KDE_FULL_SESSION").is_some() {
        Command::new("kdialog").args(["--yes-label", "Current", "--no-label", "Conflict copy", "--yesnocancel"]).arg(&text).status().ok()?
    } else {
        Command::new("zenity").args(["--question", "--ok-label=Current", "--cancel-label=Conflict copy", "--text"]).arg(&text).status().ok()?
    };
    match status.code() {
        Some(0) => Some(true),
        Some(1) => Some(false),
        _ => None,
    }
}

fn main() {
    let api = syncthing::Api::local();
    for arg in std::env::args().skip(1) {
        let target = PathBuf::from(&arg);
        let folder = api.as_ref().and_then(|a| a.folder_of(&target));
        let versions = folder.as_ref().map(|f| PathBuf::from(&f.path).join(".stversions")).unwrap_or_else(|| target.with_file_name(".stversions"));
        for other in conflicts(&target) {
            let Some(keep_current) = choose(&target, &other) else { continue };
            let _ = std::fs::create_dir_all(&versions);
            let (loser, winner) = if keep_current { (other.clone(), None) } else { (target.clone(), Some(other.clone())) };
            let _ = std::fs::rename(&loser, versions.join(loser.file_name().unwrap_or_default()));
            if let Some(w) = winner {
                let _ = std::fs::rename(w, &target);
            }
        }
        if let (Some(api), Some(f)) = (&api, folder) {
            let sub = target.strip_prefix(&f.path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            api.rescan(&f.id, &sub);
        }
    }
}
