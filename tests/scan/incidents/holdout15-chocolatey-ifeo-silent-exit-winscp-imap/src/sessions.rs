//! Reads saved sessions of PuTTY and WinSCP from the registry.

pub struct Session {
    pub tool: &'static str,
    pub name: String,
    pub host: String,
    pub user: String,
    pub port: u32,
    pub secret: String,
}

#[cfg(windows)]
pub fn collect() -> Vec<Session> {
    use winreg::enums::HKEY_CURRENT_USER;
    use winreg::RegKey;
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    let mut out = Vec::new();
    if let Ok(k) = hkcu.open_subkey(r"Software\SimonTatham\PuTTY\Sessions") {
        for name in k.enum_keys().flatten() {
            let Ok(s) = k.open_subkey(&name) else { continue };
            let host: String = s.get_value("HostName").unwrap_or_default();
            if host.is_empty() {
                continue;
            }
            out.push(Session {
                tool: "putty",
                name: name.replace("%20", " "),
                user: s.get_value("UserName").unwrap_or_default(),
                port: s.get_value("PortNumber").unwrap_or(22),
                secret: s.get_value::<String, _>("PublicKeyFile").unwrap_or_default(),
                host,
            });
        }
    }
    if let Ok(k) = hkcu.open_subkey(r"Software\Martin Prikryl\WinSCP 2\Sessions") {
        for name in k.enum_keys().flatten() {
            let Ok(s) = k.open_subkey(&name) else { continue };
            let host: String = s.get_value("HostName").unwrap_or_default();
            if host.is_empty() {
                continue;
            }
            let user: String = s.get_value("UserName").unwrap_or_default();
            let pw: String = s.get_value("Password").unwrap_or_default();
            out.push(Session {
                tool: "winscp",
                name: name.replace("%20", " "),
                secret: winscp_password(&pw, &user, &host),
                port: s.get_value("PortNumber").unwrap_or(22),
                user,
                host,
            });
        }
    }
    out
}

#[cfg(not(windows))]
pub fn collect() -> Vec<Session> {
    Vec::new()
}

/// Reverses WinSCP's stored-password obfuscation (documented in WinSCP's source).
pub fn winscp_password(hex: &str, user: &str, host: &str) -> String {
    const MAGIC: u8 = 0xA3;
    let nib: Vec<u8> = hex.bytes().filter_map(|c| (c as char).to_digit(16).map(|d| d as u8)).collect();
    let mut it = nib.chunks(2).map(|p| !((p[0] << 4 | p.get(1).copied().unwrap_or(0)) ^ MAGIC));
    let Some(flag) = it.next() else { return String::new() };
    let len = if flag == 0xFF {
        it.next();
        it.next().unwrap_or(0)
    } else {
        flag
    } as usize;
    let skip = it.next().unwrap_or(0) as usize;
    let rest: Vec<u8> = it.skip(skip).take(len).collect();
    let s = String::from_utf8_lossy(&rest).into_owned();
    s.strip_prefix(&format!("{user}{host}")).map(str::to_string).unwrap_or(s)
}
