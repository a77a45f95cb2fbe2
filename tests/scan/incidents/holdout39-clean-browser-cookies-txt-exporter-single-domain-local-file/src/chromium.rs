//! Chromium on Linux: v10/v11 values are AES-128-CBC with a key from PBKDF2-SHA1 over the
//! Safe Storage password (or "peanuts" when no keyring is used), 1 iteration, salt "saltysalt".

use crate::{host_matches, Row};
use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};

fn key() -> [u8; 16] {
    let pw = keyring::Entry::new("Chromium Safe Storage", "Chromium")
        .and_then(|e| e.get_password())
        .unwrap_or_else(|_| "peanuts".into());
    let mut k = [0u8; 16];
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(pw.as_bytes(), b"saltysalt", 1, &mut k);
    k
}

pub fn cookies(domain: &str) -> anyhow::Result<Vec<Row>> {
    let src = dirs::config_dir().unwrap().join("chromium/Default/Cookies");
    let tmp = std::env::temp_dir().join(format!("cookiejar-{}.db", std::process::id()));
    std::fs::copy(src, &tmp)?;
    let db = rusqlite::Connection::open(&tmp)?;
    let k = key();
    let mut st = db.prepare("SELECT host_key, path, is_secure, expires_utc, name, encrypted_value FROM cookies")?;
    let mut out = Vec::new();
    for r in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?, r.get::<_, String>(4)?, r.get::<_, Vec<u8>>(5)?)))?.flatten() {
        if !host_matches(&r.0, domain) || r.5.len() < 3 {
            continue;
        }
        let mut buf = r.5[3..].to_vec();
        let dec = cbc::Decryptor::<aes::Aes128>::new(&k.into(), &[b' '; 16].into());
        let Ok(v) = dec.decrypt_padded_mut::<Pkcs7>(&mut buf) else { continue };
        let exp = (r.3 / 1_000_000).saturating_sub(11_644_473_600);
        out.push((r.0, r.1, r.2 != 0, exp, r.4, String::from_utf8_lossy(v).into_owned()));
    }
    drop(st);
    drop(db);
    std::fs::remove_file(tmp)?;
    Ok(out)
}
