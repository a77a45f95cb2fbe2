//! Decrypt SOPS JSON documents encrypted for age recipients.
//!
//! Identities are looked up the way `sops` does: `SOPS_AGE_KEY` (the key itself),
//! `SOPS_AGE_KEY_FILE`, then `$XDG_CONFIG_HOME/sops/age/keys.txt` (on macOS also
//! `~/Library/Application Support/sops/age/keys.txt`). Keys are only read, never copied or
//! logged, and the decrypted data key is zeroized after use.

use std::io::Read;
use std::path::PathBuf;
use std::str::FromStr;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde_json::Value;
use zeroize::Zeroizing;

mod mac;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no age identity found (set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)")]
    NoIdentity,
    #[error("none of the identities can decrypt the data key")]
    NoMatchingRecipient,
    #[error("document has no sops metadata")]
    NotSops,
    #[error("malformed encrypted value at {0}")]
    Malformed(String),
    #[error("authentication failed at {0}")]
    Auth(String),
    #[error("MAC mismatch: the document was modified")]
    Mac,
}

fn key_files() -> Vec<PathBuf> {
    let mut v = Vec::new();
    if let Some(p) = std::env::var_os("SOPS_AGE_KEY_FILE") {
        v.push(PathBuf::from(p));
    }
    if let Some(c) = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).or_else(|| dirs::home_dir().map(|h| h.join(".config"))) {
        v.push(c.join("sops/age/keys.txt"));
    }
    if cfg!(target_os = "macos") {
        if let Some(h) = dirs::home_dir() {
            v.push(h.join("Library/Application Support/sops/age/keys.txt"));
        }
    }
    v
}

pub fn identities() -> Result<Vec<age::x25519::Identity>, Error> {
    let mut text = Zeroizing::new(std::env::var("SOPS_AGE_KEY").unwrap_or_default());
    for f in key_files() {
        if let Ok(t) = std::fs::read_to_string(&f) {
            text.push('\n');
            text.push_str(&t);
        }
    }
    let ids: Vec<_> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("AGE-SECRET-KEY-"))
        .filter_map(|l| age::x25519::Identity::from_str(l).ok())
        .collect();
    if ids.is_empty() {
        Err(Error::NoIdentity)
    } else {
        Ok(ids)
    }
}

fn data_key(doc: &Value, ids: &[age::x25519::Identity]) -> Result<Zeroizing<Vec<u8>>, Error> {
    let recipients = doc["sops"]["age"].as_array().ok_or(Error::NotSops)?;
    for r in recipients {
        let armored = match r["enc"].as_str() {
            Some(a) => a,
            None => continue,
        };
        let reader = age::armor::ArmoredReader::new(armored.as_bytes());
        let dec = match age::Decryptor::new(reader) {
            Ok(age::Decryptor::Recipients(d)) => d,
            _ => continue,
        };
        if let Ok(mut stream) = dec.decrypt(ids.iter().map(|i| i as &dyn age::Identity)) {
            let mut key = Zeroizing::new(Vec::new());
            if stream.read_to_end(&mut key).is_ok() && key.len() == 32 {
                return Ok(key);
            }
        }
    }
    Err(Error::NoMatchingRecipient)
}

/// Parse `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`.
fn parse_enc(s: &str) -> Option<(Vec<u8>, Vec<u8>, Vec<u8>, String)> {
    let inner = s.strip_prefix("ENC[AES256_GCM,")?.strip_suffix(']')?;
    let (mut data, mut iv, mut tag, mut ty) = (None, None, None, None);
    for part in inner.split(',') {
        let (k, v) = part.split_once(':')?;
        match k {
            "data" => data = B64.decode(v).ok(),
            "iv" => iv = B64.decode(v).ok(),
            "tag" => tag = B64.decode(v).ok(),
            "type" => ty = Some(v.to_string()),
            _ => {}
        }
    }
    Some((data?, iv?, tag?, ty?))
}

fn decrypt_value(key: &[u8], s: &str, path: &str) -> Result<Value, Error> {
    let (data, iv, tag, ty) = parse_enc(s).ok_or_else(|| Error::Malformed(path.into()))?;
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| Error::Malformed(path.into()))?;
    let mut ct = data;
    ct.extend_from_slice(&tag);
    let aad = format!("{}:", path);
    let pt = cipher
        .decrypt(Nonce::from_slice(&iv), Payload { msg: &ct, aad: aad.as_bytes() })
        .map_err(|_| Error::Auth(path.into()))?;
    let text = String::from_utf8_lossy(&pt).into_owned();
    Ok(match ty.as_str() {
        "int" => text.parse::<i64>().map(Value::from).unwrap_or(Value::String(text)),
        "float" => text.parse::<f64>().map(Value::from).unwrap_or(Value::String(text)),
        "bool" => Value::Bool(text == "True" || text == "true"),
        _ => Value::String(text),
    })
}

fn walk(key: &[u8], v: &mut Value, path: &mut Vec<String>, leaves: &mut Vec<String>) -> Result<(), Error> {
    match v {
        Value::Object(m) => {
            for (k, child) in m.iter_mut() {
                if path.is_empty() && k == "sops" {
                    continue;
                }
                path.push(k.clone());
                walk(key, child, path, leaves)?;
                path.pop();
            }
        }
        Value::Array(a) => {
            for child in a.iter_mut() {
                walk(key, child, path, leaves)?;
            }
        }
        Value::String(s) if s.starts_with("ENC[") => {
            let p = path.join(":");
            *v = decrypt_value(key, s, &p)?;
            leaves.push(match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            });
        }
        other => leaves.push(other.to_string()),
    }
    Ok(())
}

/// Decrypt a SOPS JSON document; returns it without the `sops` metadata.
pub fn decrypt(doc_text: &str) -> Result<Value, Error> {
    let mut doc: Value = serde_json::from_str(doc_text).map_err(|_| Error::NotSops)?;
    let ids = identities()?;
    let key = data_key(&doc, &ids)?;
    let mac = doc["sops"]["mac"].as_str().map(str::to_string);
    let mut leaves = Vec::new();
    walk(&key, &mut doc, &mut Vec::new(), &mut leaves)?;
    if let Some(m) = mac {
        mac::verify(&key, &m, &doc["sops"]["lastmodified"], &leaves)?;
    }
    if let Value::Object(map) = &mut doc {
        map.remove("sops");
    }
    Ok(doc)
}
