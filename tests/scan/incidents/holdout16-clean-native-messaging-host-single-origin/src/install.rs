//! Writes the host manifest for one browser (or prints it).

use std::path::PathBuf;

const NAME: &str = "org.gopass_nm_host.bridge";
const CHROME_ID: &str = "abcdefghijklmnopabcdefghijklmnop";
const FIREFOX_ID: &str = "gopass-bridge@gopass.example";

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Browser {
    Chrome,
    Chromium,
    Brave,
    Firefox,
}

fn dir(b: Browser) -> Option<PathBuf> {
    let mac = cfg!(target_os = "macos");
    Some(match (b, mac) {
        (Browser::Chrome, true) => dirs::config_dir()?.join("Google/Chrome/NativeMessagingHosts"),
        (Browser::Chrome, false) => dirs::config_dir()?.join("google-chrome/NativeMessagingHosts"),
        (Browser::Chromium, true) => dirs::config_dir()?.join("Chromium/NativeMessagingHosts"),
        (Browser::Chromium, false) => dirs::config_dir()?.join("chromium/NativeMessagingHosts"),
        (Browser::Brave, _) => dirs::config_dir()?.join("BraveSoftware/Brave-Browser/NativeMessagingHosts"),
        (Browser::Firefox, true) => dirs::config_dir()?.join("Mozilla/NativeMessagingHosts"),
        (Browser::Firefox, false) => dirs::home_dir()?.join(".mozilla/native-messaging-hosts"),
    })
}

pub fn run(browser: Browser, print: bool) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let mut m = serde_json::json!({
        "name": NAME,
        "description": "gopass native messaging host",
        "path": exe,
        "type": "stdio",
    });
    match browser {
        Browser::Firefox => m["allowed_extensions"] = serde_json::json!([FIREFOX_ID]),
        _ => m["allowed_origins"] = serde_json::json!([format!("chrome-extension://{CHROME_ID}/")]),
    }
    let text = serde_json::to_string_pretty(&m)?;
    if print {
        println!("{text}");
        return Ok(());
    }
    let d = dir(browser).ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no config dir"))?;
    std::fs::create_dir_all(&d)?;
    let path = d.join(format!("{NAME}.json"));
    std::fs::write(&path, text)?;
    println!("wrote {}", path.display());
    Ok(())
}
