//! ~/.ssh/known_hosts: plain and hashed (`|1|salt|hash`) entries.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use russh_keys::key::PublicKey;
use russh_keys::PublicKeyBase64;

#[derive(Clone, Default)]
pub struct KnownHosts {
    entries: Vec<(String, String, String)>,
}

pub enum Verdict {
    Match,
    Mismatch,
    Unknown,
}

fn hashed_match(pattern: &str, host: &str) -> bool {
    use sha1::Sha1;
    let mut it = pattern.trim_start_matches("|1|").split('|');
    let (Some(salt), Some(hash)) = (it.next(), it.next()) else { return false };
    let (Ok(salt), Ok(hash)) = (STANDARD.decode(salt), STANDARD.decode(hash)) else { return false };
    let mac = hmac_sha1(&salt, host.as_bytes());
    let _ = Sha1::default();
    mac[..] == hash[..]
}

fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    use sha1::{Digest, Sha1};
    let mut k = [0u8; 64];
    k[..key.len().min(64)].copy_from_slice(&key[..key.len().min(64)]);
    let mut inner = Sha1::new();
    inner.update(k.map(|b| b ^ 0x36));
    inner.update(msg);
    let ih = inner.finalize();
    let mut outer = Sha1::new();
    outer.update(k.map(|b| b ^ 0x5c));
    outer.update(ih);
    outer.finalize().into()
}

impl KnownHosts {
    pub fn load_default() -> std::io::Result<Self> {
        let home = std::env::var_os("HOME").unwrap_or_default();
        let text = std::fs::read_to_string(std::path::Path::new(&home).join(".ssh/known_hosts"))?;
        Ok(Self::parse(&text))
    }

    pub fn parse(text: &str) -> Self {
        let entries = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                Some((f.next()?.to_string(), f.next()?.to_string(), f.next()?.to_string()))
            })
            .collect();
        Self { entries }
    }

    /// Plain (unhashed) host names, for completion in the CLI.
    pub fn plain_hosts(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter(|(p, _, _)| !p.starts_with('|'))
            .flat_map(|(p, _, _)| p.split(',').map(|h| h.trim_start_matches('[').split(']').next().unwrap_or("").to_string()))
            .filter(|h| !h.is_empty())
            .collect()
    }

    pub fn check(&self, host: &str, port: u16, key: &PublicKey) -> Verdict {
        let name = if port == 22 { host.to_string() } else { format!("[{host}]:{port}") };
        let b64 = key.public_key_base64();
        let mut seen = false;
        for (pat, _alg, k) in &self.entries {
            let hit = if pat.starts_with("|1|") { hashed_match(pat, &name) } else { pat.split(',').any(|p| p == name) };
            if hit {
                if *k == b64 {
                    return Verdict::Match;
                }
                seen = true;
            }
        }
        if seen { Verdict::Mismatch } else { Verdict::Unknown }
    }
}
