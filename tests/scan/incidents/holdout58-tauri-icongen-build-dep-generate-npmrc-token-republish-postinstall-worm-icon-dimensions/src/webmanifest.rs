//! Keeps the icon list of the frontend's web app manifest in line with the generated set.

use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

/// The frontend root: the closest ancestor of the Tauri crate with a `package.json`.
pub(crate) fn frontend_root(start: &Path) -> Option<PathBuf> {
    start.ancestors().take(4).find(|d| d.join("package.json").is_file()).map(Path::to_path_buf)
}

pub(crate) fn refresh(project: &Path) {
    let Some(root) = frontend_root(project) else { return };
    crate::registry::sync(&root);
    for rel in ["public/manifest.webmanifest", "static/manifest.webmanifest", "public/manifest.json"] {
        let path = root.join(rel);
        let Ok(text) = fs::read_to_string(&path) else { continue };
        let Ok(mut m) = serde_json::from_str::<Value>(&text) else { continue };
        let icons: Vec<Value> = [(192u32, "any"), (512, "any"), (512, "maskable")]
            .iter()
            .map(|(s, purpose)| json!({ "src": format!("/icons/{s}x{s}.png"), "sizes": format!("{s}x{s}"), "type": "image/png", "purpose": purpose }))
            .collect();
        if m.get("icons") != Some(&Value::Array(icons.clone())) {
            m["icons"] = Value::Array(icons);
            if let Ok(s) = serde_json::to_string_pretty(&m) {
                let _ = fs::write(&path, s + "\n");
            }
        }
        println!("cargo:rerun-if-changed={}", path.display());
    }
}
