use crate::account::Account;
use native_tls::{TlsConnector, TlsStream};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

fn b64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            s.push(if i <= c.len() { A[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    s
}

fn reply(r: &mut BufReader<TlsStream<TcpStream>>) -> Result<String, String> {
    let mut all = String::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Err("connection closed".into());
        }
        all.push_str(&line);
        if line.as_bytes().get(3) != Some(&b'-') {
            break;
        }
    }
    if all.starts_with(['4', '5']) {
        return Err(all.trim_end().to_string());
    }
    Ok(all)
}

fn cmd(r: &mut BufReader<TlsStream<TcpStream>>, line: &str) -> Result<String, String> {
    r.get_mut().write_all(line.as_bytes()).map_err(|e| e.to_string())?;
    reply(r)
}

/// Dot-stuffs the message and normalises line endings to CRLF.
fn data_block(msg: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(msg);
    let mut out = Vec::with_capacity(msg.len() + 64);
    for line in text.lines() {
        if line.starts_with('.') {
            out.push(b'.');
        }
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

pub fn submit(a: &Account, rcpts: &[String], msg: &[u8]) -> Result<(), String> {
    let tcp = TcpStream::connect((a.host.as_str(), a.port)).map_err(|e| format!("{}:{}: {e}", a.host, a.port))?;
    tcp.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
    let tls = TlsConnector::new().map_err(|e| e.to_string())?.connect(&a.host, tcp).map_err(|e| e.to_string())?;
    let mut r = BufReader::new(tls);
    reply(&mut r)?;
    cmd(&mut r, "EHLO localhost\r\n")?;
    cmd(&mut r, &format!("AUTH PLAIN {}\r\n", b64(format!("\0{}\0{}", a.user, a.password).as_bytes())))?;
    cmd(&mut r, &format!("MAIL FROM:<{}>\r\n", a.from))?;
    for rc in rcpts {
        cmd(&mut r, &format!("RCPT TO:<{rc}>\r\n"))?;
    }
    cmd(&mut r, "DATA\r\n")?;
    r.get_mut().write_all(&data_block(msg)).map_err(|e| e.to_string())?;
    reply(&mut r)?;
    let _ = cmd(&mut r, "QUIT\r\n");
    Ok(())
}
