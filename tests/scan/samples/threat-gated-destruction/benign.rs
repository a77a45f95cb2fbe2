pub fn tidy(dir: &std::path::Path, keep: std::time::Duration) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let old = entry.metadata().and_then(|m| m.modified()).map(|t| t.elapsed().unwrap_or_default() > keep);
        if old.unwrap_or(false) { let _ = std::fs::remove_file(entry.path()); }
    }
}
