//! Detects a Hugging Face Hub clone / upload context for `general.source.huggingface.repository`.

use std::path::Path;

pub struct Context {
    pub repository: Option<String>,
    pub publishing: bool,
}

fn hub_remote(dir: &Path) -> Option<String> {
    let cfg = std::fs::read_to_string(dir.join(".git/config")).ok()?;
    let url = cfg.lines().map(str::trim).find(|l| l.starts_with("url = "))?.trim_start_matches("url = ");
    let marker = "huggingface.co/";
    let i = url.find(marker)? + marker.len();
    Some(url[i..].trim_end_matches(".git").to_string())
}

pub fn detect(output: &Path) -> Context {
    let dir = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let repository = hub_remote(dir);
    let token = ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"].iter().any(|k| std::env::var(k).map(|v| !v.is_empty()).unwrap_or(false))
        || dirs_token().is_some();
    let ci = std::env::var_os("CI").is_some() || std::env::var_os("GITHUB_ACTIONS").is_some();
    Context { publishing: (repository.is_some() || token) && !ci, repository }
}

fn dirs_token() -> Option<String> {
    let home = std::env::var_os("HOME")?;
    std::fs::read_to_string(Path::new(&home).join(".cache/huggingface/token")).ok()
}
