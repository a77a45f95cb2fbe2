//! One-shot multicast DNS A query (RFC 6762 section 5.1, "legacy unicast" style).

use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::time::Duration;

fn encode(name: &str) -> Vec<u8> {
    let mut q = vec![0x12, 0x34, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    for label in name.split('.') {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.extend_from_slice(&[0, 0, 1, 0, 1]);
    q
}

fn skip_name(p: &[u8], mut i: usize) -> usize {
    while i < p.len() {
        let l = p[i] as usize;
        if l == 0 {
            return i + 1;
        }
        if l & 0xc0 == 0xc0 {
            return i + 2;
        }
        i += l + 1;
    }
    i
}

pub fn resolve(name: &str) -> Option<Ipv4Addr> {
    let sock = UdpSocket::bind("0.0.0.0:0").ok()?;
    sock.set_read_timeout(Some(Duration::from_millis(900))).ok()?;
    sock.send_to(&encode(name), SocketAddrV4::new(Ipv4Addr::new(224, 0, 0, 251), 5353)).ok()?;
    let mut buf = [0u8; 1500];
    let (n, _) = sock.recv_from(&mut buf).ok()?;
    let p = &buf[..n];
    let answers = u16::from_be_bytes([p[6], p[7]]);
    let mut i = skip_name(p, 12);
    if u16::from_be_bytes([p[4], p[5]]) > 0 {
        i += 4;
    }
    for _ in 0..answers {
        i = skip_name(p, i);
        if i + 10 > p.len() {
            break;
        }
        let kind = u16::from_be_bytes([p[i], p[i + 1]]);
        let len = u16::from_be_bytes([p[i + 8], p[i + 9]]) as usize;
        i += 10;
        if kind == 1 && len == 4 && i + 4 <= p.len() {
            return Some(Ipv4Addr::new(p[i], p[i + 1], p[i + 2], p[i + 3]));
        }
        i += len;
    }
    None
}
