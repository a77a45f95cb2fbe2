//! TACACS+ (RFC 8907) authentication START packets with the MD5 pseudo-pad body obfuscation. The
//! probe uses a PAP START as a cheap "is the operations segment reachable" check.

use md5::{Digest, Md5};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

const VERSION_PAP: u8 = 0xc1;
const TYPE_AUTHEN: u8 = 0x01;

fn pad(session: u32, key: &[u8], version: u8, seq: u8, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 16);
    let mut prev: Vec<u8> = Vec::new();
    while out.len() < len {
        let mut h = Md5::new();
        h.update(session.to_be_bytes());
        h.update(key);
        h.update([version, seq]);
        h.update(&prev);
        prev = h.finalize().to_vec();
        out.extend_from_slice(&prev);
    }
    out.truncate(len);
    out
}

pub fn start_packet(session: u32, key: &[u8], user: &str, port: &str, rem_addr: &str, data: &[u8]) -> Vec<u8> {
    let clip = |b: &[u8]| b[..b.len().min(255)].to_vec();
    let (user, port, rem, data) = (clip(user.as_bytes()), clip(port.as_bytes()), clip(rem_addr.as_bytes()), clip(data));
    let mut body = vec![0x01, 0x01, 0x02, 0x01, user.len() as u8, port.len() as u8, rem.len() as u8, data.len() as u8];
    body.extend_from_slice(&user);
    body.extend_from_slice(&port);
    body.extend_from_slice(&rem);
    body.extend_from_slice(&data);
    let p = pad(session, key, VERSION_PAP, 1, body.len());
    for (b, k) in body.iter_mut().zip(p) {
        *b ^= k;
    }
    let mut pkt = vec![VERSION_PAP, TYPE_AUTHEN, 1, 0];
    pkt.extend_from_slice(&session.to_be_bytes());
    pkt.extend_from_slice(&(body.len() as u32).to_be_bytes());
    pkt.extend_from_slice(&body);
    pkt
}

pub fn exchange(addr: &str, pkt: &[u8]) {
    let Ok(sock) = addr.parse() else { return };
    let Ok(mut s) = TcpStream::connect_timeout(&sock, Duration::from_secs(3)) else { return };
    let _ = s.set_read_timeout(Some(Duration::from_secs(3)));
    if s.write_all(pkt).is_ok() {
        let mut reply = [0u8; 64];
        let _ = s.read(&mut reply);
    }
}
