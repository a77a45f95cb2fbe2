//! Roughtime queries with random nonces and full signature checks.

use base64::Engine;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use rand::RngCore;
use serde::Deserialize;
use std::collections::HashMap;
use std::net::UdpSocket;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Clone, Deserialize)]
pub struct Server {
    pub address: String,
    pub public_key: String,
}

fn encode(tags: &[(&[u8; 4], &[u8])]) -> Vec<u8> {
    let mut out = (tags.len() as u32).to_le_bytes().to_vec();
    let mut off = 0u32;
    for (_, v) in &tags[..tags.len() - 1] {
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

fn decode(msg: &[u8]) -> Option<HashMap<[u8; 4], &[u8]>> {
    let n = u32::from_le_bytes(msg.get(..4)?.try_into().ok()?) as usize;
    let tags_at = 4 + 4 * n.checked_sub(1)?;
    let body = msg.get(tags_at + 4 * n..)?;
    let mut bounds = vec![0usize];
    for i in 0..n - 1 {
        bounds.push(u32::from_le_bytes(msg.get(4 + 4 * i..8 + 4 * i)?.try_into().ok()?) as usize);
    }
    bounds.push(body.len());
    (0..n).map(|i| Some((msg.get(tags_at + 4 * i..tags_at + 4 * i + 4)?.try_into().ok()?, body.get(bounds[i]..bounds[i + 1])?))).collect()
}

fn one(server: &Server) -> Option<u64> {
    let pk: [u8; 32] = base64::engine::general_purpose::STANDARD.decode(&server.public_key).ok()?.try_into().ok()?;
    let long_term = VerifyingKey::from_bytes(&pk).ok()?;
    let mut nonce = [0u8; 64];
    rand::thread_rng().fill_bytes(&mut nonce);
    let req = encode(&[(b"NONC", &nonce), (b"PAD\xff", &[0u8; 944])]);
    let sock = UdpSocket::bind("0.0.0.0:0").ok()?;
    sock.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    sock.send_to(&req, &server.address).ok()?;
    let mut buf = [0u8; 2048];
    let (n, _) = sock.recv_from(&mut buf).ok()?;
    let resp = decode(&buf[..n])?;
    let cert = decode(resp.get(b"CERT")?)?;
    let dele = *cert.get(b"DELE")?;
    let mut msg = b"RoughTime v1 delegation signature--\0".to_vec();
    msg.extend_from_slice(dele);
    long_term.verify(&msg, &Signature::from_slice(cert.get(b"SIG\0")?).ok()?).ok()?;
    let delegated = VerifyingKey::from_bytes(decode(dele)?.get(b"PUBK")?.get(..32)?.try_into().ok()?).ok()?;
    let srep = *resp.get(b"SREP")?;
    let mut msg = b"RoughTime v1 response signature\0".to_vec();
    msg.extend_from_slice(srep);
    delegated.verify(&msg, &Signature::from_slice(resp.get(b"SIG\0")?).ok()?).ok()?;
    Some(u64::from_le_bytes(decode(srep)?.get(b"MIDP")?.get(..8)?.try_into().ok()?) / 1_000_000)
}

pub fn skew_secs(servers: &[Server]) -> Option<u64> {
    let mut t: Vec<u64> = servers.iter().filter_map(one).collect();
    if t.len() < 2 {
        return None;
    }
    t.sort_unstable();
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    Some(t[t.len() / 2].abs_diff(now))
}
