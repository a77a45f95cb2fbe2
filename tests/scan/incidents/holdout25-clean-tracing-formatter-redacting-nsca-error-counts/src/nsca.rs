//! NSCA v3 packet with XOR "encryption" (method 1), as sent by send_nsca.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

fn fixed(buf: &mut Vec<u8>, s: &str, len: usize) {
    let b = &s.as_bytes()[..s.len().min(len - 1)];
    buf.extend_from_slice(b);
    buf.resize(buf.len() + len - b.len(), 0);
}

pub fn send(server: &str, password: Option<&str>, host: &str, service: &str, code: i16, output: &str) -> std::io::Result<()> {
    let addr = server.to_socket_addrs()?.next().ok_or(std::io::ErrorKind::NotFound)?;
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut init = [0u8; 132];
    s.read_exact(&mut init)?;

    let mut pkt = Vec::with_capacity(720);
    pkt.extend_from_slice(&3i16.to_be_bytes());
    pkt.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    pkt.extend_from_slice(&init[128..132]);
    pkt.extend_from_slice(&code.to_be_bytes());
    fixed(&mut pkt, host, 64);
    fixed(&mut pkt, service, 128);
    fixed(&mut pkt, output, 512);
    pkt.extend_from_slice(&[0, 0]);
    let crc = crc32fast::hash(&pkt);
    pkt[4..8].copy_from_slice(&crc.to_be_bytes());
    for (i, b) in pkt.iter_mut().enumerate() {
        *b ^= init[i % 128];
    }
    if let Some(pw) = password.map(str::as_bytes).filter(|p| !p.is_empty()) {
        for (i, b) in pkt.iter_mut().enumerate() {
            *b ^= pw[i % pw.len()];
        }
    }
    s.write_all(&pkt)
}
