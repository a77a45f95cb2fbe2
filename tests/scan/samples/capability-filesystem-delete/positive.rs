fn clean(dir: &std::path::Path) { let _ = std::fs::remove_dir_all(dir); }
