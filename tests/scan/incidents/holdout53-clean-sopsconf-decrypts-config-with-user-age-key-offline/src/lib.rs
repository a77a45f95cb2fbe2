//! SOPS (age) configuration loader.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use serde::de::DeserializeOwned;
use serde_json::Value;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Parse(String),
    NoIdentity,
    DataKey(String),
    Value(String),
    Mac,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "io: {e}"),
            Error::Parse(m) => write!(f, "parse: {m}"),
            Error::NoIdentity => f.write_str("no age identity found (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, keys.txt)"),
            Error::DataKey(m) => write!(f, "cannot decrypt data key: {m}"),
            Error::Value(m) => write!(f, "cannot decrypt value at {m}"),
            Error::Mac => f.write_str("MAC mismatch: file was modified outside sops"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

fn keys_file() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SOPS_AGE_KEY_FILE") {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).or_else(|| {
        let home = PathBuf::from(std::env::var_os("HOME")?);
        Some(if cfg!(target_os = "macos") { home.join("Library/Application Support") } else { home.join(".config") })
    })?;
    Some(base.join("sops/age/keys.txt"))
}

/// Age identities available to this process, sops lookup order.
fn identities() -> Result<Vec<age::x25519::Identity>, Error> {
    let text = match std::env::var("SOPS_AGE_KEY") {
        Ok(k) => k,
        Err(_) => keys_file().and_then(|p| std::fs::read_to_string(p).ok()).ok_or(Error::NoIdentity)?,
    };
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

fn data_key(sops: &Value, ids: &[age::x25519::Identity]) -> Result<Vec<u8>, Error> {
    let entries = sops.get("age").and_then(Value::as_array).ok_or_else(|| Error::DataKey("no age recipients".into()))?;
    for e in entries {
        let Some(enc) = e.get("enc").and_then(Value::as_str) else { continue };
        let reader = age::armor::ArmoredReader::new(enc.as_bytes());
        let Ok(age::Decryptor::Recipients(d)) = age::Decryptor::new(reader) else { continue };
        if let Ok(mut r) = d.decrypt(ids.iter().map(|i| i as &dyn age::Identity)) {
            let mut key = Vec::new();
            r.read_to_end(&mut key)?;
            return Ok(key);
        }
    }
    Err(Error::DataKey("none of the identities match a recipient".into()))
}

/// `ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]`
fn decrypt_value(key: &[u8], s: &str, aad: &str) -> Option<Value> {
    let inner = s.strip_prefix("ENC[AES256_GCM,")?.strip_suffix(']')?;
    let mut data = None;
    let mut iv = None;
    let mut tag = None;
    let mut ty = "str";
    for part in inner.split(',') {
        let (k, v) = part.split_once(':')?;
        match k {
            "data" => data = Some(v),
            "iv" => iv = Some(v),
            "tag" => tag = Some(v),
            "type" => ty = v,
            _ => {}
        }
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut ct = b64.decode(data?).ok()?;
    ct.extend(b64.decode(tag?).ok()?);
    let iv = b64.decode(iv?).ok()?;
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    let nonce = Nonce::from_slice(iv.get(..12)?);
    let plain = cipher.decrypt(nonce, Payload { msg: &ct, aad: aad.as_bytes() }).ok()?;
    let text = String::from_utf8(plain).ok()?;
    Some(match ty {
        "int" => Value::from(text.parse::<i64>().ok()?),
        "float" => Value::from(text.parse::<f64>().ok()?),
        "bool" => Value::from(text == "True" || text == "true"),
        _ => Value::from(text),
    })
}

fn walk(v: &mut Value, key: &[u8], path: &mut Vec<String>) -> Result<(), Error> {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                path.push(k.clone());
                walk(child, key, path)?;
                path.pop();
            }
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                walk(item, key, path)?;
            }
        }
        Value::String(s) if s.starts_with("ENC[") => {
            let aad: String = path.iter().map(|p| format!("{p}:")).collect();
            *v = decrypt_value(key, s, &aad).ok_or_else(|| Error::Value(aad.clone()))?;
        }
        _ => {}
    }
    Ok(())
}

fn check_mac(sops: &Value, key: &[u8]) -> Result<(), Error> {
    let (Some(mac), Some(modified)) = (sops.get("mac").and_then(Value::as_str), sops.get("lastmodified").and_then(Value::as_str)) else {
        return Err(Error::Mac);
    };
    decrypt_value(key, mac, modified).map(|_| ()).ok_or(Error::Mac)
}

/// Decrypt a sops file into `T`.
pub fn load<T: DeserializeOwned, P: AsRef<Path>>(path: P) -> Result<T, Error> {
    let text = std::fs::read_to_string(path.as_ref())?;
    let mut doc: Value = serde_yaml::from_str(&text).map_err(|e| Error::Parse(e.to_string()))?;
    let sops = doc.as_object_mut().and_then(|m| m.remove("sops")).ok_or_else(|| Error::Parse("no `sops` metadata".into()))?;
    let ids = identities()?;
    let key = data_key(&sops, &ids)?;
    check_mac(&sops, &key)?;
    walk(&mut doc, &key, &mut Vec::new())?;
    serde_json::from_value(doc).map_err(|e| Error::Parse(e.to_string()))
}
