//! SPOP v2 framing: HELLO / NOTIFY / ACK / DISCONNECT, only the IP argument is decoded.

use crate::reputation::Reputation;
use bytes::{Buf, BufMut, Bytes, BytesMut};
use std::net::IpAddr;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn get_varint(b: &mut Bytes) -> Option<u64> {
    if !b.has_remaining() { return None; }
    let mut v = b.get_u8() as u64;
    if v < 240 { return Some(v); }
    let mut shift = 4;
    loop {
        if !b.has_remaining() { return None; }
        let x = b.get_u8() as u64;
        v += x << shift;
        shift += 7;
        if x < 128 { return Some(v); }
    }
}

fn put_varint(o: &mut BytesMut, mut v: u64) {
    if v < 240 { o.put_u8(v as u8); return; }
    o.put_u8((v as u8) | 240);
    v = (v - 240) >> 4;
    while v >= 128 { o.put_u8((v as u8) | 128); v = (v - 128) >> 7; }
    o.put_u8(v as u8);
}

fn get_str(b: &mut Bytes) -> Option<Bytes> {
    let n = get_varint(b)? as usize;
    (b.remaining() >= n).then(|| b.split_to(n))
}

fn put_str(o: &mut BytesMut, s: &str) { put_varint(o, s.len() as u64); o.extend_from_slice(s.as_bytes()); }

fn set_var(o: &mut BytesMut, name: &str, val: &str) {
    o.put_u8(1); o.put_u8(3); o.put_u8(2);
    put_str(o, name);
    o.put_u8(8);
    put_str(o, val);
}

async fn frame(sock: &mut TcpStream, t: u8, sid: u64, fid: u64, payload: &[u8]) -> std::io::Result<()> {
    let mut b = BytesMut::new();
    b.put_u8(t); b.put_u32(1);
    put_varint(&mut b, sid); put_varint(&mut b, fid);
    b.extend_from_slice(payload);
    sock.write_u32(b.len() as u32).await?;
    sock.write_all(&b).await
}

pub async fn serve(mut sock: TcpStream, rep: Arc<Reputation>) -> std::io::Result<()> {
    loop {
        let len = sock.read_u32().await? as usize;
        let mut raw = vec![0u8; len];
        sock.read_exact(&mut raw).await?;
        let mut f = Bytes::from(raw);
        let t = f.get_u8();
        let _flags = f.get_u32();
        let sid = get_varint(&mut f).unwrap_or(0);
        let fid = get_varint(&mut f).unwrap_or(0);
        match t {
            1 => {
                let mut p = BytesMut::new();
                put_str(&mut p, "version"); p.put_u8(8); put_str(&mut p, "2.0");
                put_str(&mut p, "max-frame-size"); p.put_u8(3); put_varint(&mut p, 16380);
                put_str(&mut p, "capabilities"); p.put_u8(8); put_str(&mut p, "pipelining");
                frame(&mut sock, 101, 0, 0, &p).await?;
            }
            2 => return Ok(()),
            3 => {
                let mut ip: Option<IpAddr> = None;
                while f.has_remaining() {
                    let Some(_msg) = get_str(&mut f) else { break };
                    let n = f.get_u8();
                    for _ in 0..n {
                        let _name = get_str(&mut f);
                        match f.get_u8() & 0x0f {
                            6 => { let b = f.split_to(4); ip = Some(IpAddr::from([b[0], b[1], b[2], b[3]])); }
                            7 => { let mut a = [0u8; 16]; f.copy_to_slice(&mut a); ip = Some(IpAddr::from(a)); }
                            8 | 9 => { let _ = get_str(&mut f); }
                            0 | 1 => {}
                            _ => { let _ = get_varint(&mut f); }
                        }
                    }
                }
                let mut p = BytesMut::new();
                match ip.and_then(|a| rep.lookup(a)) {
                    Some(list) => { set_var(&mut p, "listed", "1"); set_var(&mut p, "list", &list); }
                    None => set_var(&mut p, "listed", "0"),
                }
                frame(&mut sock, 103, sid, fid, &p).await?;
            }
            _ => {}
        }
    }
}
