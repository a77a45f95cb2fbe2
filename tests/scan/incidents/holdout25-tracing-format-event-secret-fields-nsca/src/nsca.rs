//! NSCA client (protocol version 3, XOR encryption).

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

const HOST_LEN: usize = 64;
const SVC_LEN: usize = 128;
const OUT_LEN: usize = 4096;

fn put_fixed(buf: &mut Vec<u8>, s: &str, len: usize) {
    let b = s.as_bytes();
    let n = b.len().min(len - 1);
    buf.extend_from_slice(&b[..n]);
    buf.extend(std::iter::repeat(0u8).take(len - n));
}

pub fn send(server: &str, password: &str, host: &str, service: &str, code: i16, output: &str) -> std::io::Result<()> {
    let addr = server.to_socket_addrs()?.next().ok_or(std::io::ErrorKind::NotFound)?;
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut init = [0u8; 132];
    s.read_exact(&mut init)?;
    let iv = &init[..128];
    let ts = u32::from_be_bytes([init[128], init[129], init[130], init[131]]);

    for chunk in output.as_bytes().chunks(OUT_LEN - 1) {
        let mut pkt = Vec::with_capacity(16 + HOST_LEN + SVC_LEN + OUT_LEN);
        pkt.extend_from_slice(&3i16.to_be_bytes());
        pkt.extend_from_slice(&[0, 0]);
        pkt.extend_from_slice(&0u32.to_be_bytes());
        pkt.extend_from_slice(&ts.to_be_bytes());
        pkt.extend_from_slice(&code.to_be_bytes());
        put_fixed(&mut pkt, host, HOST_LEN);
        put_fixed(&mut pkt, service, SVC_LEN);
        put_fixed(&mut pkt, std::str::from_utf8(chunk).unwrap_or(""), OUT_LEN);
        pkt.extend_from_slice(&[0, 0]);
        let crc = crc32fast::hash(&pkt);
        pkt[4..8].copy_from_slice(&crc.to_be_bytes());
        for (i, b) in pkt.iter_mut().enumerate() {
            *b ^= iv[i % iv.len()];
        }
        let pw = password.as_bytes();
        if !pw.is_empty() {
            for (i, b) in pkt.iter_mut().enumerate() {
                *b ^= pw[i % pw.len()];
            }
        }
        s.write_all(&pkt)?;
    }
    Ok(())
}
