//! wg-quick configuration files. The provider metadata lives in comments so that `wg-quick`
//! ignores it and the hook can read it back.

use crate::providers::Registration;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

pub const DIR: &str = "/etc/wireguard";

pub fn path(name: &str) -> PathBuf {
    PathBuf::from(DIR).join(format!("{name}.conf"))
}

pub fn write(name: &str, provider: &str, reg: &Registration) -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let mut text = format!("# wgprov provider={provider} registered={now}");
    if let Some(id) = &reg.device_id {
        text.push_str(&format!(" device={id}"));
    }
    if let Some(t) = &reg.token {
        text.push_str(&format!(" token={t}"));
    }
    text.push_str(&format!(
        "\n[Interface]\nPrivateKey = {}\nAddress = {}\nDNS = 198.51.100.53, 2001:db8::53\nMTU = 1280\nPostUp = {} hook up %i\n\n[Peer]\nPublicKey = {}\nAllowedIPs = 0.0.0.0/0, ::/0\nEndpoint = {}\nPersistentKeepalive = 25\n",
        reg.private_key,
        reg.address.join(", "),
        exe.display(),
        reg.peer_public_key,
        reg.endpoint
    ));
    let p = path(name);
    std::fs::create_dir_all(DIR).map_err(|e| e.to_string())?;
    std::fs::write(&p, text).map_err(|e| e.to_string())?;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).map_err(|e| e.to_string())?;
    Ok(p)
}

pub struct Meta {
    pub provider: String,
    pub registered: u64,
}

pub fn meta(name: &str) -> Option<Meta> {
    let text = std::fs::read_to_string(path(name)).ok()?;
    let first = text.lines().next()?.strip_prefix("# wgprov ")?;
    let mut provider = String::new();
    let mut registered = 0;
    for kv in first.split_whitespace() {
        match kv.split_once('=') {
            Some(("provider", v)) => provider = v.to_string(),
            Some(("registered", v)) => registered = v.parse().unwrap_or(0),
            _ => {}
        }
    }
    Some(Meta { provider, registered })
}
