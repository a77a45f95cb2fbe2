//! Desktop registration (freedesktop): a .desktop file plus the scheme handlers in mimeapps.list.

use std::path::PathBuf;

const TYPES: &[&str] = &["x-scheme-handler/http", "x-scheme-handler/https", "text/html"];

fn desktop_file() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join("applications").join("linkroute.desktop")
}

fn write_desktop_file() {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "linkroute".into());
    let body = format!(
        "[Desktop Entry]\nType=Application\nName=linkroute\nComment=Route links to the right browser\nExec={exe} %U\nNoDisplay=true\nMimeType={};\n",
        TYPES.join(";")
    );
    let f = desktop_file();
    let _ = std::fs::create_dir_all(f.parent().unwrap_or(&f));
    let _ = std::fs::write(f, body);
}

/// Rewrites `[Default Applications]` so that every handled type points at linkroute.
fn claim_mimeapps() -> bool {
    let path = dirs::config_dir().unwrap_or_default().join("mimeapps.list");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut changed = false;
    let mut out = Vec::new();
    let mut in_defaults = false;
    let mut seen: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with('[') {
            if in_defaults {
                for t in TYPES.iter().filter(|t| !seen.iter().any(|s: &String| s.as_str() == **t)) {
                    out.push(format!("{t}=linkroute.desktop"));
                    changed = true;
                }
            }
            in_defaults = line.trim() == "[Default Applications]";
        }
        if in_defaults {
            if let Some((k, v)) = line.split_once('=') {
                if TYPES.contains(&k.trim()) {
                    seen.push(k.trim().to_string());
                    if v.trim() != "linkroute.desktop" {
                        out.push(format!("{}=linkroute.desktop", k.trim()));
                        changed = true;
                        continue;
                    }
                }
            }
        }
        out.push(line.to_string());
    }
    if !text.contains("[Default Applications]") {
        out.push("[Default Applications]".into());
        out.extend(TYPES.iter().map(|t| format!("{t}=linkroute.desktop")));
        changed = true;
    } else if in_defaults {
        for t in TYPES.iter().filter(|t| !seen.iter().any(|s: &String| s.as_str() == **t)) {
            out.push(format!("{t}=linkroute.desktop"));
            changed = true;
        }
    }
    if changed {
        let _ = std::fs::write(&path, out.join("\n") + "\n");
    }
    changed
}

pub fn set_default() {
    write_desktop_file();
    claim_mimeapps();
    let _ = std::process::Command::new("xdg-settings").args(["set", "default-web-browser", "linkroute.desktop"]).status();
    println!("linkroute is now the default browser ({})", desktop_file().display());
}

/// Browsers like to take the default back on update; keep it once the user has chosen linkroute.
pub fn keep_default() {
    if desktop_file().exists() {
        claim_mimeapps();
    }
}
