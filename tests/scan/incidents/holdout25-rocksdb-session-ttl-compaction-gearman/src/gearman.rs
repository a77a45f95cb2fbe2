//! Minimal Gearman client (binary protocol, background jobs only).

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

const REQ: &[u8; 4] = b"\0REQ";
const SUBMIT_JOB_BG: u32 = 18;

pub fn submit_bg(addr: &str, function: &str, unique: &str, data: &[u8]) -> std::io::Result<()> {
    let mut payload = Vec::with_capacity(function.len() + unique.len() + data.len() + 2);
    payload.extend_from_slice(function.as_bytes());
    payload.push(0);
    payload.extend_from_slice(unique.as_bytes());
    payload.push(0);
    payload.extend_from_slice(data);

    let mut pkt = Vec::with_capacity(12 + payload.len());
    pkt.extend_from_slice(REQ);
    pkt.extend_from_slice(&SUBMIT_JOB_BG.to_be_bytes());
    pkt.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    pkt.extend_from_slice(&payload);

    let sock = addr.parse().map_err(|_| std::io::ErrorKind::InvalidInput)?;
    let mut s = TcpStream::connect_timeout(&sock, Duration::from_secs(5))?;
    s.set_write_timeout(Some(Duration::from_secs(5)))?;
    s.write_all(&pkt)
}
