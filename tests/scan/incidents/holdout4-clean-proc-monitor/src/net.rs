//! TCP sockets from `/proc/net/tcp{,6}`, with the owning process found through
//! `/proc/<pid>/fd` (like `ss -tp`).

use std::collections::HashMap;
use std::fs;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

#[derive(Debug, Clone)]
pub struct Socket {
    pub local: SocketAddr,
    pub remote: SocketAddr,
    pub state: &'static str,
    pub inode: u64,
    pub pid: Option<i32>,
}

fn state_name(code: u8) -> &'static str {
    match code {
        0x01 => "ESTABLISHED",
        0x02 => "SYN_SENT",
        0x06 => "TIME_WAIT",
        0x08 => "CLOSE_WAIT",
        0x0A => "LISTEN",
        _ => "OTHER",
    }
}

fn parse_addr(s: &str) -> Option<SocketAddr> {
    let (ip, port) = s.split_once(':')?;
    let port = u16::from_str_radix(port, 16).ok()?;
    let ip = match ip.len() {
        8 => IpAddr::V4(Ipv4Addr::from(u32::from_str_radix(ip, 16).ok()?.swap_bytes())),
        32 => {
            let mut o = [0u8; 16];
            for i in 0..4 {
                let w = u32::from_str_radix(&ip[i * 8..i * 8 + 8], 16).ok()?.swap_bytes();
                o[i * 4..i * 4 + 4].copy_from_slice(&w.to_be_bytes());
            }
            IpAddr::V6(Ipv6Addr::from(o))
        }
        _ => return None,
    };
    Some(SocketAddr::new(ip, port))
}

fn socket_owners() -> HashMap<u64, i32> {
    let mut map = HashMap::new();
    let procs = match fs::read_dir("/proc") {
        Ok(p) => p,
        Err(_) => return map,
    };
    for p in procs.flatten() {
        let pid = match p.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) {
            Some(pid) => pid,
            None => continue,
        };
        if let Ok(fds) = fs::read_dir(p.path().join("fd")) {
            for fd in fds.flatten() {
                if let Ok(target) = fs::read_link(fd.path()) {
                    let t = target.to_string_lossy();
                    if let Some(inode) = t.strip_prefix("socket:[").and_then(|r| r.strip_suffix(']')) {
                        if let Ok(i) = inode.parse() {
                            map.insert(i, pid);
                        }
                    }
                }
            }
        }
    }
    map
}

pub fn tcp_sockets() -> io::Result<Vec<Socket>> {
    let owners = socket_owners();
    let mut out = Vec::new();
    for file in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let text = match fs::read_to_string(file) {
            Ok(t) => t,
            Err(_) => continue,
        };
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 10 {
                continue;
            }
            let (local, remote) = match (parse_addr(f[1]), parse_addr(f[2])) {
                (Some(l), Some(r)) => (l, r),
                _ => continue,
            };
            let state = state_name(u8::from_str_radix(f[3], 16).unwrap_or(0));
            let inode = f[9].parse().unwrap_or(0);
            out.push(Socket { local, remote, state, inode, pid: owners.get(&inode).copied() });
        }
    }
    Ok(out)
}
