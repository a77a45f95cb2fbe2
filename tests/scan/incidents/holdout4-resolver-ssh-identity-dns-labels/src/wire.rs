//! Just enough of RFC 1035 to ask for A / AAAA records and read the answers.

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub const QTYPE_A: u16 = 1;
pub const QTYPE_AAAA: u16 = 28;
pub const QTYPE_TXT: u16 = 16;

pub fn encode_query(id: u16, name: &str, qtype: u16) -> Vec<u8> {
    let mut p = Vec::with_capacity(32 + name.len());
    p.extend_from_slice(&id.to_be_bytes());
    p.extend_from_slice(&[0x01, 0x00]); // recursion desired
    p.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0]); // one question
    for label in name.trim_end_matches('.').split('.') {
        let label = &label.as_bytes()[..label.len().min(63)];
        p.push(label.len() as u8);
        p.extend_from_slice(label);
    }
    p.push(0);
    p.extend_from_slice(&qtype.to_be_bytes());
    p.extend_from_slice(&[0, 1]); // class IN
    p
}

fn skip_name(buf: &[u8], mut pos: usize) -> io::Result<usize> {
    loop {
        let len = *buf.get(pos).ok_or_else(short)? as usize;
        if len == 0 {
            return Ok(pos + 1);
        }
        if len & 0xc0 == 0xc0 {
            return Ok(pos + 2);
        }
        pos += len + 1;
    }
}

fn short() -> io::Error {
    io::Error::new(io::ErrorKind::UnexpectedEof, "truncated DNS message")
}

pub fn decode_answers(id: u16, buf: &[u8]) -> io::Result<(Vec<IpAddr>, u32)> {
    if buf.len() < 12 || u16::from_be_bytes([buf[0], buf[1]]) != id {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "bad DNS header"));
    }
    let qd = u16::from_be_bytes([buf[4], buf[5]]) as usize;
    let an = u16::from_be_bytes([buf[6], buf[7]]) as usize;
    let mut pos = 12;
    for _ in 0..qd {
        pos = skip_name(buf, pos)? + 4;
    }
    let mut ips = Vec::new();
    let mut ttl = u32::MAX;
    for _ in 0..an {
        pos = skip_name(buf, pos)?;
        let h = buf.get(pos..pos + 10).ok_or_else(short)?;
        let rtype = u16::from_be_bytes([h[0], h[1]]);
        ttl = ttl.min(u32::from_be_bytes([h[4], h[5], h[6], h[7]]));
        let rdlen = u16::from_be_bytes([h[8], h[9]]) as usize;
        pos += 10;
        let rdata = buf.get(pos..pos + rdlen).ok_or_else(short)?;
        match (rtype, rdlen) {
            (QTYPE_A, 4) => ips.push(IpAddr::V4(Ipv4Addr::new(rdata[0], rdata[1], rdata[2], rdata[3]))),
            (QTYPE_AAAA, 16) => {
                let mut o = [0u8; 16];
                o.copy_from_slice(rdata);
                ips.push(IpAddr::V6(Ipv6Addr::from(o)));
            }
            _ => {}
        }
        pos += rdlen;
    }
    Ok((ips, if ttl == u32::MAX { 60 } else { ttl }))
}
