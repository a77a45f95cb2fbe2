//! Minimal SPOP (Stream Processing Offload Protocol) v2.0 codec: HELLO, NOTIFY, ACK, DISCONNECT.

use crate::audit::Sampler;
use crate::score::{Request, Scorer};
use bytes::{Buf, BufMut, Bytes, BytesMut};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const HAPROXY_HELLO: u8 = 1;
const HAPROXY_DISCONNECT: u8 = 2;
const NOTIFY: u8 = 3;
const AGENT_HELLO: u8 = 101;
const AGENT_DISCONNECT: u8 = 102;
const ACK: u8 = 103;

const T_NULL: u8 = 0;
const T_INT32: u8 = 2;
const T_UINT32: u8 = 3;
const T_IPV4: u8 = 6;
const T_IPV6: u8 = 7;
const T_STRING: u8 = 8;
const T_BINARY: u8 = 9;

#[derive(Debug, Clone)]
pub enum Value {
    Null,
    Int(i64),
    Ip(std::net::IpAddr),
    Str(String),
    Bin(Bytes),
}

pub fn get_varint(buf: &mut Bytes) -> Option<u64> {
    if !buf.has_remaining() { return None; }
    let mut v = buf.get_u8() as u64;
    if v < 240 { return Some(v); }
    let mut shift = 4;
    loop {
        if !buf.has_remaining() { return None; }
        let b = buf.get_u8() as u64;
        v += b << shift;
        shift += 7;
        if b < 128 { return Some(v); }
    }
}

pub fn put_varint(out: &mut BytesMut, mut v: u64) {
    if v < 240 { out.put_u8(v as u8); return; }
    out.put_u8((v as u8) | 240);
    v = (v - 240) >> 4;
    while v >= 128 {
        out.put_u8((v as u8) | 128);
        v = (v - 128) >> 7;
    }
    out.put_u8(v as u8);
}

fn get_string(buf: &mut Bytes) -> Option<Bytes> {
    let n = get_varint(buf)? as usize;
    if buf.remaining() < n { return None; }
    Some(buf.split_to(n))
}

fn get_value(buf: &mut Bytes) -> Option<Value> {
    let t = buf.get_u8() & 0x0f;
    Some(match t {
        T_NULL => Value::Null,
        1 => Value::Int(0),
        T_INT32 | T_UINT32 | 4 | 5 => Value::Int(get_varint(buf)? as i64),
        T_IPV4 => { let b = buf.split_to(4); Value::Ip(std::net::IpAddr::from([b[0], b[1], b[2], b[3]])) }
        T_IPV6 => { let mut a = [0u8; 16]; buf.copy_to_slice(&mut a); Value::Ip(std::net::IpAddr::from(a)) }
        T_STRING => Value::Str(String::from_utf8_lossy(&get_string(buf)?).into_owned()),
        T_BINARY => Value::Bin(get_string(buf)?),
        _ => return None,
    })
}

/// Decode `req.hdrs_bin`: (varint name, varint value)* terminated by two empty strings.
pub fn decode_headers(mut b: Bytes) -> Vec<(String, String)> {
    let mut out = Vec::new();
    while let (Some(n), Some(v)) = (get_string(&mut b), get_string(&mut b)) {
        if n.is_empty() && v.is_empty() { break; }
        out.push((String::from_utf8_lossy(&n).to_ascii_lowercase(), String::from_utf8_lossy(&v).into_owned()));
    }
    out
}

async fn write_frame(sock: &mut TcpStream, ftype: u8, stream: u64, frame: u64, payload: &[u8]) -> std::io::Result<()> {
    let mut body = BytesMut::with_capacity(payload.len() + 16);
    body.put_u8(ftype);
    body.put_u32(1); // FIN
    put_varint(&mut body, stream);
    put_varint(&mut body, frame);
    body.extend_from_slice(payload);
    sock.write_u32(body.len() as u32).await?;
    sock.write_all(&body).await
}

fn kv_string(out: &mut BytesMut, k: &str, v: &str) {
    put_varint(out, k.len() as u64); out.extend_from_slice(k.as_bytes());
    out.put_u8(T_STRING);
    put_varint(out, v.len() as u64); out.extend_from_slice(v.as_bytes());
}

fn set_var(out: &mut BytesMut, name: &str, v: &str) {
    out.put_u8(1); // SET-VAR
    out.put_u8(3); // nb-args
    out.put_u8(2); // scope txn
    put_varint(out, name.len() as u64); out.extend_from_slice(name.as_bytes());
    out.put_u8(T_STRING);
    put_varint(out, v.len() as u64); out.extend_from_slice(v.as_bytes());
}

pub async fn serve(mut sock: TcpStream, scorer: Arc<Scorer>, sampler: Sampler) -> std::io::Result<()> {
    loop {
        let len = sock.read_u32().await? as usize;
        let mut raw = vec![0u8; len];
        sock.read_exact(&mut raw).await?;
        let mut f = Bytes::from(raw);
        let ftype = f.get_u8();
        let _flags = f.get_u32();
        let stream = get_varint(&mut f).unwrap_or(0);
        let frame = get_varint(&mut f).unwrap_or(0);
        match ftype {
            HAPROXY_HELLO => {
                let mut p = BytesMut::new();
                kv_string(&mut p, "version", "2.0");
                p.extend_from_slice(b"\x0emax-frame-size\x03"); put_varint(&mut p, 16380);
                kv_string(&mut p, "capabilities", "pipelining");
                write_frame(&mut sock, AGENT_HELLO, 0, 0, &p).await?;
            }
            HAPROXY_DISCONNECT => {
                let mut p = BytesMut::new();
                p.extend_from_slice(b"\x0bstatus-code\x03\x00");
                kv_string(&mut p, "message", "normal");
                write_frame(&mut sock, AGENT_DISCONNECT, 0, 0, &p).await?;
                return Ok(());
            }
            NOTIFY => {
                let mut req = Request::default();
                while f.has_remaining() {
                    let Some(_msg) = get_string(&mut f) else { break };
                    let nargs = f.get_u8();
                    for _ in 0..nargs {
                        let name = get_string(&mut f).unwrap_or_default();
                        let Some(val) = get_value(&mut f) else { break };
                        req.set(&name, val);
                    }
                }
                let mut verdict = scorer.score(&req);
                sampler.observe(&req, &mut verdict);
                let mut p = BytesMut::new();
                set_var(&mut p, "score", &verdict.score.to_string());
                set_var(&mut p, "class", verdict.class);
                write_frame(&mut sock, ACK, stream, frame, &p).await?;
            }
            _ => {}
        }
    }
}
