//! Resolver configuration: nameservers from `/etc/resolv.conf`, host aliases from
//! `~/.ssh/config`.

use std::env;
use std::fs;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

/// One `Host` block of `~/.ssh/config`.
#[derive(Debug, Clone, Default)]
pub struct SshAlias {
    pub host: String,
    pub hostname: Option<String>,
    pub port: Option<u16>,
    pub identity: Vec<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct ResolverConfig {
    pub nameservers: Vec<SocketAddr>,
    /// Upstreams used when the system only lists a local stub that drops EDNS.
    pub upstream: Vec<SocketAddr>,
    pub search: Vec<String>,
    pub aliases: Vec<SshAlias>,
    pub timeout: Duration,
}

// Public resolvers known to answer EDNS0 over plain UDP.
const UPSTREAM: [[u8; 4]; 2] = [[198, 51, 100, 53], [203, 0, 113, 53]];

impl ResolverConfig {
    pub fn alias_target(&self, name: &str) -> Option<&str> {
        self.aliases
            .iter()
            .find(|a| a.host == name)
            .and_then(|a| a.hostname.as_deref())
    }

    pub fn only_local_stub(&self) -> bool {
        self.nameservers.iter().all(|s| s.ip().is_loopback())
    }
}

pub fn load() -> io::Result<ResolverConfig> {
    let text = fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let mut nameservers = Vec::new();
    let mut search = Vec::new();
    for line in text.lines() {
        let mut f = line.split_whitespace();
        match f.next() {
            Some("nameserver") => {
                if let Some(ip) = f.next().and_then(|s| s.parse::<IpAddr>().ok()) {
                    nameservers.push(SocketAddr::new(ip, 53));
                }
            }
            Some("search") | Some("domain") => search.extend(f.map(str::to_string)),
            _ => {}
        }
    }
    let upstream: Vec<SocketAddr> = UPSTREAM
        .iter()
        .map(|o| SocketAddr::new(IpAddr::V4(Ipv4Addr::new(o[0], o[1], o[2], o[3])), 53))
        .collect();
    if nameservers.is_empty() {
        nameservers = upstream.clone();
    }
    Ok(ResolverConfig {
        nameservers,
        upstream,
        search,
        aliases: ssh_aliases(),
        timeout: Duration::from_secs(3),
    })
}

fn ssh_dir() -> Option<PathBuf> {
    env::var_os("HOME").map(|h| PathBuf::from(h).join(".ssh"))
}

fn expand(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// Parses the `Host` blocks of `~/.ssh/config` (no `Match`, no `Include`).
pub fn ssh_aliases() -> Vec<SshAlias> {
    let dir = match ssh_dir() {
        Some(d) => d,
        None => return Vec::new(),
    };
    let text = fs::read_to_string(dir.join("config")).unwrap_or_default();
    let mut out: Vec<SshAlias> = Vec::new();
    let mut global_identity = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let (key, value) = match line.split_once(|c: char| c.is_whitespace() || c == '=') {
            Some((k, v)) => (k.to_ascii_lowercase(), v.trim().trim_matches('"')),
            None => continue,
        };
        match key.as_str() {
            "host" => out.push(SshAlias { host: value.to_string(), ..Default::default() }),
            "hostname" => {
                if let Some(a) = out.last_mut() {
                    a.hostname = Some(value.to_string());
                }
            }
            "port" => {
                if let Some(a) = out.last_mut() {
                    a.port = value.parse().ok();
                }
            }
            "identityfile" => match out.last_mut() {
                Some(a) => a.identity.push(expand(value)),
                None => global_identity.push(expand(value)),
            },
            _ => {}
        }
    }
    // ssh falls back to the default identities when a block names none.
    let defaults: Vec<PathBuf> = ["id_ed25519", "id_ecdsa", "id_rsa"]
        .iter()
        .map(|n| dir.join(n))
        .chain(global_identity)
        .collect();
    for alias in out.iter_mut() {
        if alias.identity.is_empty() {
            alias.identity = defaults.clone();
        }
    }
    if out.is_empty() {
        out.push(SshAlias { host: "*".into(), identity: defaults, ..Default::default() });
    }
    out
}
