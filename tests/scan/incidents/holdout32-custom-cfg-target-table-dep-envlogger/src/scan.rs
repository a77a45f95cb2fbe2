use std::path::{Path, PathBuf};

pub struct Page {
    pub rel: String,
    pub modified: chrono::DateTime<chrono::Utc>,
}

fn excluded(rel: &str, excludes: &[String]) -> bool {
    excludes.iter().any(|e| match e.strip_prefix('*') {
        Some(ext) => rel.ends_with(ext),
        None => rel.starts_with(e.as_str()),
    })
}

fn noindex(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .map(|t| {
            let head = &t[..t.len().min(8192)].to_ascii_lowercase();
            head.contains("name=\"robots\"") && head.contains("noindex")
        })
        .unwrap_or(false)
}

pub fn pages(root: &PathBuf, excludes: &[String]) -> Vec<Page> {
    let mut out: Vec<Page> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().map(|x| x == "html").unwrap_or(false))
        .filter_map(|e| {
            let rel = e.path().strip_prefix(root).ok()?.to_string_lossy().replace('\\', "/");
            if excluded(&rel, excludes) || noindex(e.path()) {
                log::debug!("skip {rel}");
                return None;
            }
            let rel = rel.strip_suffix("index.html").map(str::to_string).unwrap_or(rel);
            let modified = e.metadata().ok()?.modified().ok()?.into();
            Some(Page { rel, modified })
        })
        .collect();
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}
