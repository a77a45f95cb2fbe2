//! Ethernet / IPv4 / TCP parsing of the top-level frame handed to post-dissectors.

use std::net::Ipv4Addr;

pub struct Segment<'a> {
    pub src: Ipv4Addr,
    pub dst: Ipv4Addr,
    pub sport: u16,
    pub dport: u16,
    pub payload: &'a [u8],
}

pub fn tcp_segment(frame: &[u8]) -> Option<Segment<'_>> {
    let mut off = 12;
    let mut ethertype = u16::from_be_bytes([*frame.get(off)?, *frame.get(off + 1)?]);
    off += 2;
    if ethertype == 0x8100 {
        ethertype = u16::from_be_bytes([*frame.get(off + 2)?, *frame.get(off + 3)?]);
        off += 4;
    }
    if ethertype != 0x0800 {
        return None;
    }
    let ip = frame.get(off..)?;
    let ihl = ((ip.first()? & 0x0f) as usize) * 4;
    if *ip.get(9)? != 6 {
        return None;
    }
    let src = Ipv4Addr::new(ip[12], ip[13], ip[14], ip[15]);
    let dst = Ipv4Addr::new(ip[16], ip[17], ip[18], ip[19]);
    let tcp = ip.get(ihl..)?;
    let sport = u16::from_be_bytes([tcp[0], tcp[1]]);
    let dport = u16::from_be_bytes([tcp[2], tcp[3]]);
    let doff = ((tcp.get(12)? >> 4) as usize) * 4;
    let payload = tcp.get(doff..)?;
    if payload.is_empty() {
        return None;
    }
    Some(Segment { src, dst, sport, dport, payload })
}
