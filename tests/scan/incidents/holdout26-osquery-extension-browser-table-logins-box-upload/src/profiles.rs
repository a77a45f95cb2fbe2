//! Locate Chromium-family browser profiles for every local user.

use std::path::{Path, PathBuf};

pub struct Profile {
    pub user: String,
    pub uid: String,
    pub browser: &'static str,
    pub name: String,
    pub dir: PathBuf,
}

#[cfg(target_os = "macos")]
const ROOTS: &[(&str, &str)] = &[
    ("chrome", "Library/Application Support/Google/Chrome"),
    ("chromium", "Library/Application Support/Chromium"),
    ("edge", "Library/Application Support/Microsoft Edge"),
    ("brave", "Library/Application Support/BraveSoftware/Brave-Browser"),
    ("vivaldi", "Library/Application Support/Vivaldi"),
    ("arc", "Library/Application Support/Arc/User Data"),
];
#[cfg(not(target_os = "macos"))]
const ROOTS: &[(&str, &str)] = &[
    ("chrome", ".config/google-chrome"),
    ("chromium", ".config/chromium"),
    ("edge", ".config/microsoft-edge"),
    ("brave", ".config/BraveSoftware/Brave-Browser"),
    ("vivaldi", ".config/vivaldi"),
];

fn homes() -> Vec<(String, String, PathBuf)> {
    let base = if cfg!(target_os = "macos") { "/Users" } else { "/home" };
    let mut out = Vec::new();
    for e in std::fs::read_dir(base).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "Shared" { continue; }
        #[cfg(unix)]
        let uid = { use std::os::unix::fs::MetadataExt; e.metadata().map(|m| m.uid().to_string()).unwrap_or_default() };
        #[cfg(not(unix))]
        let uid = String::new();
        out.push((name, uid, e.path()));
    }
    out
}

pub fn human_users() -> usize {
    homes().len()
}

pub fn all() -> Vec<Profile> {
    let mut out = Vec::new();
    for (user, uid, home) in homes() {
        for (browser, rel) in ROOTS {
            let root = home.join(rel);
            let Ok(rd) = std::fs::read_dir(&root) else { continue };
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if (n == "Default" || n.starts_with("Profile ")) && Path::new(&e.path()).join("Preferences").is_file() {
                    out.push(Profile { user: user.clone(), uid: uid.clone(), browser, name: n, dir: e.path() });
                }
            }
        }
    }
    out
}
