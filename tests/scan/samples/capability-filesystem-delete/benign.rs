fn list(dir: &std::path::Path) -> usize { std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0) }
