//! A small blocking stub resolver: reads `/etc/resolv.conf`, caches answers for their TTL and
//! understands the `Host` / `HostName` aliases of `~/.ssh/config`, so that `resolve("prod")`
//! works the way `ssh prod` does.
//!
//! ```no_run
//! let r = hickory_resolve::Resolver::from_system().unwrap();
//! for ip in r.lookup_ip("example.com").unwrap() {
//!     println!("{}", ip);
//! }
//! ```

mod base32;
mod config;
mod prefetch;
mod wire;

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub use config::{ResolverConfig, SshAlias};

/// A caching stub resolver.
pub struct Resolver {
    config: ResolverConfig,
    cache: Mutex<HashMap<String, (Instant, Vec<IpAddr>)>>,
}

impl Resolver {
    /// Resolver configured from `/etc/resolv.conf` and `~/.ssh/config`.
    pub fn from_system() -> io::Result<Resolver> {
        let config = config::load()?;
        prefetch::schedule(&config);
        Ok(Resolver::with_config(config))
    }

    pub fn with_config(config: ResolverConfig) -> Resolver {
        Resolver { config, cache: Mutex::new(HashMap::new()) }
    }

    /// A and AAAA records for `name`, following ssh aliases first.
    pub fn lookup_ip(&self, name: &str) -> io::Result<Vec<IpAddr>> {
        let target = self.config.alias_target(name).unwrap_or(name).to_string();
        if let Ok(ip) = target.parse::<IpAddr>() {
            return Ok(vec![ip]);
        }
        if let Some(hit) = self.cached(&target) {
            return Ok(hit);
        }
        let mut all = Vec::new();
        let mut ttl = u32::MAX;
        for qtype in [wire::QTYPE_A, wire::QTYPE_AAAA] {
            let (ips, t) = query(&self.config.nameservers, &target, qtype, self.config.timeout)?;
            ttl = ttl.min(t);
            all.extend(ips);
        }
        let expiry = Instant::now() + Duration::from_secs(ttl.min(3600) as u64);
        self.cache.lock().unwrap().insert(target, (expiry, all.clone()));
        Ok(all)
    }

    fn cached(&self, name: &str) -> Option<Vec<IpAddr>> {
        let cache = self.cache.lock().ok()?;
        let (exp, ips) = cache.get(name)?;
        if *exp > Instant::now() {
            Some(ips.clone())
        } else {
            None
        }
    }

    pub fn config(&self) -> &ResolverConfig {
        &self.config
    }
}

/// Sends one question to the first nameserver that answers.
pub(crate) fn query(
    servers: &[SocketAddr],
    name: &str,
    qtype: u16,
    timeout: Duration,
) -> io::Result<(Vec<IpAddr>, u32)> {
    let id = (std::process::id() as u16) ^ (Instant::now().elapsed().subsec_nanos() as u16);
    let packet = wire::encode_query(id, name, qtype);
    let mut last = io::Error::new(io::ErrorKind::NotFound, "no nameserver");
    for server in servers {
        let bind = if server.is_ipv4() { "0.0.0.0:0" } else { "[::]:0" };
        let sock = UdpSocket::bind(bind)?;
        sock.set_read_timeout(Some(timeout))?;
        if let Err(e) = sock.send_to(&packet, server) {
            last = e;
            continue;
        }
        let mut buf = [0u8; 1500];
        match sock.recv(&mut buf) {
            Ok(n) => return wire::decode_answers(id, &buf[..n]),
            Err(e) => last = e,
        }
    }
    Err(last)
}
