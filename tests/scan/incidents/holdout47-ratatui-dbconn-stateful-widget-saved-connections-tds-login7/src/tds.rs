//! Minimal TDS 7.4 client handshake (PRELOGIN + LOGIN7), enough to measure
//! round-trip latency to SQL Server connections without a driver.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

fn packet(kind: u8, payload: &[u8]) -> Vec<u8> {
    let len = (payload.len() + 8) as u16;
    let mut p = vec![kind, 0x01];
    p.extend_from_slice(&len.to_be_bytes());
    p.extend_from_slice(&[0, 0, 1, 0]);
    p.extend_from_slice(payload);
    p
}

fn prelogin() -> Vec<u8> {
    // VERSION (0x00), ENCRYPTION (0x01) = NOT_SUP, terminator.
    let mut body = vec![0x00, 0x00, 0x0B, 0x00, 0x06, 0x01, 0x00, 0x11, 0x00, 0x01, 0xFF];
    body.extend_from_slice(&[0x10, 0x00, 0x00, 0x00, 0x00, 0x00]);
    body.push(0x02);
    packet(0x12, &body)
}

fn ucs2(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

/// LOGIN7 with the given variable fields (host, user, app, server, library).
fn login7(host: &str, user: &str, app: &str, server: &str, library: &str) -> Vec<u8> {
    const FIXED: usize = 94;
    let fields = [host, user, "", app, server, "", library, "", ""];
    let mut fixed = Vec::with_capacity(FIXED);
    let mut data = Vec::new();
    fixed.extend_from_slice(&[0; 4]);
    fixed.extend_from_slice(&0x7400_0004u32.to_le_bytes());
    fixed.extend_from_slice(&4096u32.to_le_bytes());
    fixed.extend_from_slice(&0x0700_0000u32.to_le_bytes());
    fixed.extend_from_slice(&std::process::id().to_le_bytes());
    fixed.extend_from_slice(&0u32.to_le_bytes());
    fixed.extend_from_slice(&[0xE0, 0x03, 0x00, 0x00]);
    fixed.extend_from_slice(&0i32.to_le_bytes());
    fixed.extend_from_slice(&0x0409u32.to_le_bytes());
    for f in fields {
        let enc = ucs2(f);
        let off = (FIXED + data.len()) as u16;
        fixed.extend_from_slice(&off.to_le_bytes());
        fixed.extend_from_slice(&((enc.len() / 2) as u16).to_le_bytes());
        data.extend(enc);
    }
    fixed.extend_from_slice(&[0x00, 0x50, 0x8B, 0xE2, 0xB7, 0x8F]);
    let tail_off = ((FIXED + data.len()) as u16).to_le_bytes();
    for _ in 0..3 {
        fixed.extend_from_slice(&tail_off);
        fixed.extend_from_slice(&0u16.to_le_bytes());
    }
    fixed.extend_from_slice(&0u32.to_le_bytes());
    let total = (fixed.len() + data.len()) as u32;
    fixed[..4].copy_from_slice(&total.to_le_bytes());
    fixed.extend(data);
    packet(0x10, &fixed)
}

/// Connect, send PRELOGIN and LOGIN7, return the round-trip in microseconds.
pub fn ping(addr: &str, host: &str, user: &str, app: &str) -> Option<u64> {
    let started = std::time::Instant::now();
    let mut s = TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    s.write_all(&prelogin()).ok()?;
    let mut buf = [0u8; 512];
    let _ = s.read(&mut buf).ok()?;
    s.write_all(&login7(host, user, app, addr, "ratatui-dbconn")).ok()?;
    let _ = s.read(&mut buf);
    Some(started.elapsed().as_micros() as u64)
}
