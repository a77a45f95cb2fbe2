//! Reconnects the configured shares with WNetAddConnection2W.

use serde::Deserialize;
use windows::core::{HSTRING, PWSTR};
use windows::Win32::NetworkManagement::WNet::{WNetAddConnection2W, CONNECT_TEMPORARY, NETRESOURCEW, RESOURCETYPE_DISK};

#[derive(Deserialize)]
struct Shares {
    #[serde(default)]
    share: Vec<Share>,
}

#[derive(Deserialize)]
struct Share {
    letter: String,
    path: String,
}

pub(crate) const CONFIG: &str = r"C:\ProgramData\DriveMap\shares.toml";

/// Returns the UNC paths that could not be connected.
pub(crate) fn reconnect_all(domain: &str, user: &str, password: &str) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(CONFIG) else { return Vec::new() };
    let Ok(cfg) = toml::from_str::<Shares>(&text) else { return Vec::new() };
    let account = HSTRING::from(format!("{domain}\\{user}"));
    let secret = HSTRING::from(password);
    let mut failed = Vec::new();
    for s in cfg.share {
        let mut local: Vec<u16> = s.letter.encode_utf16().chain([0]).collect();
        let mut remote: Vec<u16> = s.path.encode_utf16().chain([0]).collect();
        let res = NETRESOURCEW {
            dwType: RESOURCETYPE_DISK,
            lpLocalName: PWSTR(local.as_mut_ptr()),
            lpRemoteName: PWSTR(remote.as_mut_ptr()),
            ..Default::default()
        };
        let rc = unsafe { WNetAddConnection2W(&res, &secret, &account, CONNECT_TEMPORARY) };
        if rc.0 != 0 {
            failed.push(s.path);
        }
    }
    failed
}
