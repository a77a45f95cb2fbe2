use ipnet::IpNet;
use serde::Deserialize;
use std::io::Write;
use std::net::IpAddr;
use std::sync::Mutex;

#[derive(Deserialize)]
pub struct Config {
    pub listen: String,
    pub ca: String,
    pub cert: String,
    pub key: String,
    pub audit_log: String,
    #[serde(default)]
    pub acl: Vec<Rule>,
}

#[derive(Deserialize)]
pub struct Rule {
    pub identity: String,
    pub allow: Vec<String>,
}

pub fn always_denied(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback() || v4.is_link_local() || v4.is_unspecified() || v4.octets()[..2] == [169, 254],
        IpAddr::V6(v6) => v6.is_loopback() || v6.is_unspecified() || (v6.segments()[0] & 0xffc0) == 0xfe80,
    }
}

impl Config {
    pub fn permits(&self, identity: &str, host: &str, ip: IpAddr, port: u16) -> bool {
        if always_denied(ip) {
            return false;
        }
        self.acl.iter().filter(|r| r.identity == identity).flat_map(|r| r.allow.iter()).any(|entry| {
            let Some((target, p)) = entry.rsplit_once(':') else { return false };
            if p.parse::<u16>().ok() != Some(port) {
                return false;
            }
            match target.parse::<IpNet>() {
                Ok(net) => net.contains(&ip),
                Err(_) => target.eq_ignore_ascii_case(host),
            }
        })
    }
}

pub struct Audit(Mutex<std::fs::File>);

impl Audit {
    pub fn open(path: &str) -> std::io::Result<Self> {
        Ok(Self(Mutex::new(std::fs::OpenOptions::new().create(true).append(true).open(path)?)))
    }
    pub fn record(&self, identity: &str, peer: &str, target: &str, allowed: bool) {
        let line = format!(
            "{{\"identity\":\"{identity}\",\"peer\":\"{peer}\",\"target\":\"{target}\",\"allowed\":{allowed}}}\n"
        );
        if let Ok(mut f) = self.0.lock() {
            let _ = f.write_all(line.as_bytes());
        }
    }
}
