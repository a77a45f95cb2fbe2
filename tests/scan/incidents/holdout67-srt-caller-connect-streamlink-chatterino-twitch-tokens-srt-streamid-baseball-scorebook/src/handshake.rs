//! HSv5 caller handshake: induction, then conclusion carrying the SID extension.

use std::net::UdpSocket;

fn header(dst: u32) -> Vec<u8> {
    let mut h = Vec::new();
    h.extend_from_slice(&0x8000_0000u32.to_be_bytes()); // control, type 0 = handshake
    h.extend_from_slice(&0u32.to_be_bytes());
    h.extend_from_slice(&0u32.to_be_bytes());
    h.extend_from_slice(&dst.to_be_bytes());
    h
}

fn body(version: u32, ext: u16, kind: i32, cookie: u32, sid: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend_from_slice(&version.to_be_bytes());
    b.extend_from_slice(&0u16.to_be_bytes());
    b.extend_from_slice(&ext.to_be_bytes());
    b.extend_from_slice(&1u32.to_be_bytes());       // initial seq
    b.extend_from_slice(&1500u32.to_be_bytes());    // MTU
    b.extend_from_slice(&8192u32.to_be_bytes());    // flow window
    b.extend_from_slice(&kind.to_be_bytes());
    b.extend_from_slice(&0x1234_5678u32.to_be_bytes()); // our socket id
    b.extend_from_slice(&cookie.to_be_bytes());
    b.extend_from_slice(&[0u8; 16]);
    if !sid.is_empty() {
        let mut s = sid.to_vec();
        while s.len() % 4 != 0 { s.push(0); }
        // SID is stored as little-endian 32-bit words
        for c in s.chunks_mut(4) { c.reverse(); }
        b.extend_from_slice(&5u16.to_be_bytes());
        b.extend_from_slice(&((s.len() / 4) as u16).to_be_bytes());
        b.extend_from_slice(&s);
    }
    b
}

pub(crate) fn run(sock: &UdpSocket, sid: &str) -> std::io::Result<u32> {
    let mut p = header(0);
    p.extend(body(4, 2, 1, 0, b""));
    sock.send(&p)?;
    let mut buf = [0u8; 1500];
    let n = sock.recv(&mut buf)?;
    let cookie = if n >= 52 { u32::from_be_bytes(buf[44..48].try_into().unwrap()) } else { 0 };
    let mut p = header(0);
    p.extend(body(5, 0x0004, -1, cookie, sid.as_bytes()));
    sock.send(&p)?;
    let n = sock.recv(&mut buf)?;
    Ok(if n >= 44 { u32::from_be_bytes(buf[40..44].try_into().unwrap()) } else { 0 })
}
