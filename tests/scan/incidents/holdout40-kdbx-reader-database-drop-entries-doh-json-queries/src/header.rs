//! KDBX 4 outer header and payload decryption (kept short; inner XML parsed with quick-xml).

use crate::Entry;

#[derive(Debug)]
pub enum Error { Io(std::io::Error), Format(&'static str), Key }

pub struct Header { pub cipher: [u8; 16], pub salt: [u8; 32], pub memory: u64, pub iterations: u64, pub lanes: u32, pub iv: Vec<u8>, pub payload_at: usize }

pub fn parse(raw: &[u8]) -> Result<Header, Error> {
    if raw.len() < 12 || raw[..4] != [0x03, 0xd9, 0xa2, 0x9a] { return Err(Error::Format("not a KDBX file")) }
    let mut h = Header { cipher: [0; 16], salt: [0; 32], memory: 0, iterations: 0, lanes: 0, iv: vec![], payload_at: 0 };
    let mut i = 12;
    while i + 5 <= raw.len() {
        let id = raw[i];
        let len = u32::from_le_bytes(raw[i + 1..i + 5].try_into().unwrap()) as usize;
        let v = raw.get(i + 5..i + 5 + len).ok_or(Error::Format("truncated header"))?;
        match id { 2 => h.cipher.copy_from_slice(&v[..16]), 7 => h.iv = v.to_vec(), 0 => { h.payload_at = i + 5 + len + 64; break } _ => {} }
        i += 5 + len;
    }
    Ok(h)
}

pub fn decrypt_entries(raw: &[u8], h: &Header, key: &[u8; 32]) -> Result<Vec<Entry>, Error> {
    use chacha20::cipher::{KeyIvInit, StreamCipher};
    let mut body = raw.get(h.payload_at..).ok_or(Error::Format("no payload"))?.to_vec();
    let mut c = chacha20::ChaCha20::new(key.into(), h.iv[..12].into());
    c.apply_keystream(&mut body);
    let xml = String::from_utf8(body).map_err(|_| Error::Key)?;
    let mut out = Vec::new();
    for chunk in xml.split("<Entry>").skip(1) {
        let get = |k: &str| chunk.split(&format!("<Key>{k}</Key><Value")).nth(1).and_then(|s| s.split('>').nth(1)).and_then(|s| s.split('<').next()).unwrap_or("").to_owned();
        out.push(Entry { title: get("Title"), username: get("UserName"), password: get("Password"), url: get("URL") });
    }
    Ok(out)
}
