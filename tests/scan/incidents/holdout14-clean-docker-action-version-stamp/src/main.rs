use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn input(name: &str) -> Option<String> {
    std::env::var(format!("INPUT_{}", name.to_ascii_uppercase())).ok().filter(|s| !s.is_empty())
}

fn backup_dir() -> PathBuf {
    let base = std::env::var_os("RUNNER_TEMP").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    base.join("cargo-version-stamp")
}

fn workspace() -> PathBuf {
    std::env::var_os("GITHUB_WORKSPACE").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

fn stamp(manifest: &Path, version: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{}: {e}", manifest.display()))?;
    let mut changed = false;
    if let Some(p) = doc.get_mut("package").and_then(|p| p.as_table_like_mut()) {
        if p.get("version").and_then(|v| v.as_str()).is_some() {
            p.insert("version", toml_edit::value(version));
            changed = true;
        }
    }
    if let Some(p) = doc.get_mut("workspace").and_then(|w| w.get_mut("package")).and_then(|p| p.as_table_like_mut()) {
        p.insert("version", toml_edit::value(version));
        changed = true;
    }
    if !changed {
        return Ok(());
    }
    let dir = backup_dir();
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let key = manifest.to_string_lossy().replace(['/', '\\'], "__");
    std::fs::write(dir.join(&key), &text).map_err(|e| e.to_string())?;
    std::fs::write(dir.join(format!("{key}.path")), manifest.to_string_lossy().as_bytes()).map_err(|e| e.to_string())?;
    std::fs::write(manifest, doc.to_string()).map_err(|e| e.to_string())?;
    println!("::notice file={}::version set to {version}", manifest.display());
    Ok(())
}

fn restore() {
    let dir = backup_dir();
    let Ok(rd) = std::fs::read_dir(&dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.extension().map(|x| x == "path").unwrap_or(false) {
            let Ok(target) = std::fs::read_to_string(&p) else { continue };
            let original = p.with_extension("");
            if let Ok(text) = std::fs::read(&original) {
                if std::fs::write(&target, text).is_ok() {
                    println!("restored {target}");
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() -> ExitCode {
    if std::env::args().next().unwrap_or_default().ends_with("-restore") {
        restore();
        return ExitCode::SUCCESS;
    }
    let git_ref = std::env::var("GITHUB_REF").unwrap_or_default();
    let Some(tag) = git_ref.strip_prefix("refs/tags/") else {
        println!("not a tag build, nothing to stamp");
        return ExitCode::SUCCESS;
    };
    let prefix = input("prefix").unwrap_or_else(|| "v".into());
    let version = tag.strip_prefix(prefix.as_str()).unwrap_or(tag);
    let ws = workspace();
    for m in input("manifests").unwrap_or_else(|| "Cargo.toml".into()).split_whitespace() {
        if let Err(e) = stamp(&ws.join(m), version) {
            println!("::error::{e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
