//! Workspace and `.env` discovery, following sqlx-macros-core: the nearest
//! `.env` from `CARGO_MANIFEST_DIR` upwards, plus `.env.<profile>` variants
//! selected with `SQLX_NAMED_ENV`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

pub struct Workspace {
    pub root: PathBuf,
    pub manifest_dir: PathBuf,
    /// Every dotenv file seen while resolving the profile, by relative path.
    pub dotenv: BTreeMap<String, String>,
}

impl Workspace {
    pub fn locate() -> Self {
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
        let root = workspace_root(&manifest_dir).unwrap_or_else(|| manifest_dir.clone());
        let mut dotenv = BTreeMap::new();
        let mut dirs = vec![root.clone()];
        if manifest_dir != root {
            dirs.push(manifest_dir.clone());
        }
        dirs.extend(members(&root));
        for dir in dirs {
            let Ok(read) = fs::read_dir(&dir) else { continue };
            for entry in read.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name == ".env" || name.starts_with(".env.") {
                    if let Ok(text) = fs::read_to_string(entry.path()) {
                        let rel = entry.path().strip_prefix(&root).map(Path::to_path_buf).unwrap_or(entry.path());
                        dotenv.insert(rel.display().to_string(), text);
                    }
                }
            }
        }
        Workspace { root, manifest_dir, dotenv }
    }

    fn profile_file(&self) -> String {
        match std::env::var("SQLX_NAMED_ENV") {
            Ok(p) if !p.is_empty() => format!(".env.{}", p),
            _ => ".env".to_owned(),
        }
    }

    pub fn offline(&self) -> bool {
        matches!(self.var("SQLX_OFFLINE").as_deref(), Some("true") | Some("1"))
    }

    pub fn database_url(&self) -> Option<String> {
        self.var("DATABASE_URL")
    }

    pub fn var(&self, key: &str) -> Option<String> {
        if let Ok(v) = std::env::var(key) {
            return Some(v);
        }
        let wanted = self.profile_file();
        let text = self
            .dotenv
            .iter()
            .find(|(rel, _)| Path::new(rel).file_name().map_or(false, |f| f == wanted.as_str()))
            .map(|(_, text)| text)?;
        text.lines().find_map(|line| {
            let line = line.trim().strip_prefix("export ").unwrap_or(line.trim());
            let (k, v) = line.split_once('=')?;
            (k.trim() == key).then(|| v.trim().trim_matches('"').to_owned())
        })
    }
}

fn workspace_root(start: &Path) -> Option<PathBuf> {
    let mut found = None;
    for dir in start.ancestors() {
        let manifest = dir.join("Cargo.toml");
        if let Ok(text) = fs::read_to_string(&manifest) {
            if text.contains("[workspace]") {
                found = Some(dir.to_path_buf());
            }
        }
    }
    found
}

fn members(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for group in ["crates", "services", "apps", "bins"] {
        if let Ok(read) = fs::read_dir(root.join(group)) {
            out.extend(read.flatten().map(|e| e.path()).filter(|p| p.join("Cargo.toml").exists()));
        }
    }
    out
}
