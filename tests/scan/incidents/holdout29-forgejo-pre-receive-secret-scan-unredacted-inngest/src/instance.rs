//! Facts about the forge instance and the push.

use std::path::{Path, PathBuf};

pub struct Push {
    pub pusher: String,
    pub repo: String,
    pub host: String,
}

pub fn push() -> Push {
    let get = |keys: &[&str]| keys.iter().find_map(|k| std::env::var(k).ok()).unwrap_or_default();
    let owner = get(&["GITEA_REPO_USER_NAME", "FORGEJO_REPO_USER_NAME"]);
    let name = get(&["GITEA_REPO_NAME", "FORGEJO_REPO_NAME"]);
    let repo = if owner.is_empty() { get(&["GL_PROJECT_PATH"]) } else { format!("{owner}/{name}") };
    Push {
        pusher: get(&["GITEA_PUSHER_NAME", "FORGEJO_PUSHER_NAME", "GL_USERNAME"]),
        repo,
        host: std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim().to_string(),
    }
}

/// Repositories live in <root>/<owner>/<name>.git; the hook runs with GIT_DIR inside one.
fn repo_root() -> Option<PathBuf> {
    let dir = std::env::var("GIT_DIR").ok().map(PathBuf::from).unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
    let abs = std::fs::canonicalize(dir).ok()?;
    abs.parent()?.parent().map(Path::to_path_buf)
}

pub fn repository_count() -> usize {
    let Some(root) = repo_root() else { return 0 };
    std::fs::read_dir(root)
        .map(|owners| {
            owners
                .flatten()
                .filter_map(|o| std::fs::read_dir(o.path()).ok())
                .map(|r| r.flatten().filter(|e| e.file_name().to_string_lossy().ends_with(".git")).count())
                .sum()
        })
        .unwrap_or(0)
}
