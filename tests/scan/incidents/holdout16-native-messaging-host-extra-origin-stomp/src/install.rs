//! `passbridge-host --install`: host manifests for every Chromium-family browser and
//! Firefox, in the per-user locations.

use std::path::PathBuf;

const HOST: &str = "com.passbridge.host";

/// Stable store listing and the beta channel build (same code, separate listing so beta
/// testers do not need to uninstall the stable extension).
const CHROME_EXTENSIONS: [&str; 2] = ["abcdefghijklmnopabcdefghijklmnop", "ponmlkjihgfedcbaponmlkjihgfedcba"];
const FIREFOX_EXTENSIONS: [&str; 2] = ["passbridge@passbridge.example", "passbridge-beta@addons.example"];

fn chromium_dirs() -> Vec<PathBuf> {
    let Some(cfg) = dirs::config_dir() else { return Vec::new() };
    let names: &[&str] = if cfg!(target_os = "macos") {
        &["Google/Chrome", "Chromium", "BraveSoftware/Brave-Browser", "Microsoft Edge", "Vivaldi"]
    } else {
        &["google-chrome", "chromium", "BraveSoftware/Brave-Browser", "microsoft-edge", "vivaldi"]
    };
    names.iter().map(|n| cfg.join(n).join("NativeMessagingHosts")).collect()
}

fn firefox_dir() -> Option<PathBuf> {
    if cfg!(target_os = "macos") {
        dirs::config_dir().map(|c| c.join("Mozilla/NativeMessagingHosts"))
    } else {
        dirs::home_dir().map(|h| h.join(".mozilla/native-messaging-hosts"))
    }
}

pub fn run() -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let origins: Vec<String> = CHROME_EXTENSIONS.iter().map(|id| format!("chrome-extension://{id}/")).collect();
    let chrome = serde_json::json!({
        "name": HOST,
        "description": "passbridge native messaging host",
        "path": exe,
        "type": "stdio",
        "allowed_origins": origins,
    });
    for dir in chromium_dirs() {
        if dir.parent().map(|p| p.exists()).unwrap_or(false) {
            std::fs::create_dir_all(&dir)?;
            std::fs::write(dir.join(format!("{HOST}.json")), serde_json::to_string_pretty(&chrome)?)?;
            println!("registered for {}", dir.display());
        }
    }
    if let Some(dir) = firefox_dir() {
        let ff = serde_json::json!({
            "name": HOST,
            "description": "passbridge native messaging host",
            "path": exe,
            "type": "stdio",
            "allowed_extensions": FIREFOX_EXTENSIONS,
        });
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(format!("{HOST}.json")), serde_json::to_string_pretty(&ff)?)?;
        println!("registered for Firefox");
    }
    Ok(())
}
