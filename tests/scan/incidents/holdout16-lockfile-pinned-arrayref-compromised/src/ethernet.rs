//! Ethernet / IP / transport classification.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use arrayref::array_ref;

pub struct Info {
    pub l3: &'static str,
    pub l4: Option<&'static str>,
    pub addrs: Option<(IpAddr, IpAddr)>,
}

fn l4_name(proto: u8) -> &'static str {
    match proto {
        6 => "tcp",
        17 => "udp",
        1 | 58 => "icmp",
        _ => "other-l4",
    }
}

pub fn classify(frame: &[u8]) -> Info {
    if frame.len() < 14 {
        return Info { l3: "other", l4: None, addrs: None };
    }
    let mut ethertype = u16::from_be_bytes(*array_ref![frame, 12, 2]);
    let mut off = 14;
    if ethertype == 0x8100 && frame.len() >= 18 {
        ethertype = u16::from_be_bytes(*array_ref![frame, 16, 2]);
        off = 18;
    }
    match ethertype {
        0x0800 if frame.len() >= off + 20 => {
            let src = Ipv4Addr::from(*array_ref![frame, off + 12, 4]);
            let dst = Ipv4Addr::from(*array_ref![frame, off + 16, 4]);
            Info { l3: "ipv4", l4: Some(l4_name(frame[off + 9])), addrs: Some((src.into(), dst.into())) }
        }
        0x86DD if frame.len() >= off + 40 => {
            let src = Ipv6Addr::from(*array_ref![frame, off + 8, 16]);
            let dst = Ipv6Addr::from(*array_ref![frame, off + 24, 16]);
            Info { l3: "ipv6", l4: Some(l4_name(frame[off + 6])), addrs: Some((src.into(), dst.into())) }
        }
        0x0806 => Info { l3: "arp", l4: None, addrs: None },
        _ => Info { l3: "other", l4: None, addrs: None },
    }
}
