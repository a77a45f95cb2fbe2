//! Minimal Cassandra native protocol v4 client: STARTUP, then one QUERY per statement.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

const VERSION: u8 = 0x04;
const OP_STARTUP: u8 = 0x01;
const OP_QUERY: u8 = 0x07;
const CONSISTENCY_ONE: u16 = 0x0001;

fn frame(stream: i16, op: u8, body: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(9 + body.len());
    f.push(VERSION);
    f.push(0);
    f.extend_from_slice(&stream.to_be_bytes());
    f.push(op);
    f.extend_from_slice(&(body.len() as i32).to_be_bytes());
    f.extend_from_slice(body);
    f
}

fn string(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u16).to_be_bytes());
    out.extend_from_slice(s.as_bytes());
}

fn read_frame(s: &mut TcpStream) -> std::io::Result<u8> {
    let mut head = [0u8; 9];
    s.read_exact(&mut head)?;
    let len = i32::from_be_bytes([head[5], head[6], head[7], head[8]]).max(0) as usize;
    let mut body = vec![0u8; len];
    s.read_exact(&mut body)?;
    Ok(head[4])
}

pub fn send(addr: &str, statements: &[String]) -> std::io::Result<()> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    s.set_write_timeout(Some(Duration::from_secs(5)))?;

    let mut startup = Vec::new();
    startup.extend_from_slice(&1u16.to_be_bytes());
    string(&mut startup, "CQL_VERSION");
    string(&mut startup, "3.0.0");
    s.write_all(&frame(0, OP_STARTUP, &startup))?;
    read_frame(&mut s)?; // READY

    for (i, q) in statements.iter().enumerate() {
        let mut body = Vec::new();
        body.extend_from_slice(&(q.len() as i32).to_be_bytes());
        body.extend_from_slice(q.as_bytes());
        body.extend_from_slice(&CONSISTENCY_ONE.to_be_bytes());
        body.push(0);
        s.write_all(&frame((i + 1) as i16, OP_QUERY, &body))?;
        read_frame(&mut s)?;
    }
    Ok(())
}
