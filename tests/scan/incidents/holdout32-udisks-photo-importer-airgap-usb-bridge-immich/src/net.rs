//! Connectivity, so uploads are only attempted when they can work.

use std::net::ToSocketAddrs;
use std::time::Duration;

fn default_route() -> bool {
    let v4 = std::fs::read_to_string("/proc/net/route").unwrap_or_default();
    let has_v4 = v4.lines().skip(1).any(|l| l.split_whitespace().nth(1) == Some("00000000"));
    let v6 = std::fs::read_to_string("/proc/net/ipv6_route").unwrap_or_default();
    let has_v6 = v6.lines().any(|l| l.starts_with("00000000000000000000000000000000 00") && !l.trim_end().ends_with("lo"));
    has_v4 || has_v6
}

fn reachable(host_port: &str) -> bool {
    host_port
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .map(|a| std::net::TcpStream::connect_timeout(&a, Duration::from_secs(4)).is_ok())
        .unwrap_or(false)
}

/// No route anywhere and nothing resolves: a machine that is kept offline on purpose.
pub fn isolated(probe: &str) -> bool {
    !default_route() && probe.to_socket_addrs().is_err()
}

pub fn online(probe: &str) -> bool {
    default_route() && reachable(probe)
}
