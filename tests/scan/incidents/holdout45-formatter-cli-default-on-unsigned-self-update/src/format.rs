use std::path::{Path, PathBuf};

pub fn collect(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(path) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                if p.file_name().map_or(false, |n| n == "target" || n == ".git" || n == "node_modules") {
                    continue;
                }
                out.extend(collect(&p));
            } else if matches!(p.extension().and_then(|e| e.to_str()), Some("toml" | "yaml" | "yml" | "json")) {
                out.push(p);
            }
        }
    }
    out
}

pub fn format_file(path: &Path, check: bool) -> Result<bool, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let formatted = match path.extension().and_then(|e| e.to_str()) {
        Some("toml") => {
            let doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
            doc.to_string()
        }
        Some("json") => {
            let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
            serde_json::to_string_pretty(&v).map_err(|e| e.to_string())? + "\n"
        }
        Some("yaml" | "yml") => {
            let v: serde_yaml::Value = serde_yaml::from_str(&text).map_err(|e| e.to_string())?;
            serde_yaml::to_string(&v).map_err(|e| e.to_string())?
        }
        _ => return Ok(false),
    };
    if formatted == text {
        return Ok(false);
    }
    if !check {
        std::fs::write(path, formatted).map_err(|e| e.to_string())?;
    }
    Ok(true)
}
