//! Firecracker's API socket: HTTP/1.1 over a Unix socket, JSON bodies.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;

pub fn put(sock: &Path, path: &str, body: &serde_json::Value) -> std::io::Result<u16> {
    let body = body.to_string();
    let mut s = UnixStream::connect(sock)?;
    write!(s, "PUT {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len())?;
    let mut resp = [0u8; 512];
    let n = s.read(&mut resp)?;
    let status = std::str::from_utf8(&resp[..n]).ok().and_then(|r| r.split_whitespace().nth(1)).and_then(|c| c.parse().ok()).unwrap_or(0);
    Ok(status)
}
