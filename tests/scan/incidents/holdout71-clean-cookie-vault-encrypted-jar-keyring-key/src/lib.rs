//! `CookieVault::open("mytool")` keeps cookies in `<data dir>/mytool/cookies.bin`, sealed with
//! XChaCha20-Poly1305 under a random key stored in the OS keyring entry `mytool/cookie-vault`.
//! Nothing leaves the machine except the cookies reqwest sends to the sites that set them.
use chacha20poly1305::{aead::{Aead, KeyInit}, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use reqwest::header::HeaderValue;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

type Jar = BTreeMap<String, BTreeMap<String, String>>;

pub struct CookieVault { file: PathBuf, cipher: XChaCha20Poly1305, jar: Mutex<Jar> }

impl CookieVault {
    pub fn open(app: &str, data_dir: PathBuf) -> Result<Self, Box<dyn std::error::Error>> {
        let entry = keyring::Entry::new(app, "cookie-vault")?;
        let key = match entry.get_password() {
            Ok(hex) => (0..32).map(|i| u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16)).collect::<Result<Vec<_>, _>>()?,
            Err(_) => {
                let mut k = vec![0u8; 32];
                rand::thread_rng().fill_bytes(&mut k);
                entry.set_password(&k.iter().map(|b| format!("{b:02x}")).collect::<String>())?;
                k
            }
        };
        let cipher = XChaCha20Poly1305::new_from_slice(&key)?;
        let file = data_dir.join(app).join("cookies.bin");
        let jar = std::fs::read(&file).ok().and_then(|b| {
            if b.len() < 24 { return None; }
            let plain = cipher.decrypt(XNonce::from_slice(&b[..24]), &b[24..]).ok()?;
            serde_json::from_slice(&plain).ok()
        }).unwrap_or_default();
        Ok(CookieVault { file, cipher, jar: Mutex::new(jar) })
    }

    fn persist(&self, jar: &Jar) {
        let mut nonce = [0u8; 24];
        rand::thread_rng().fill_bytes(&mut nonce);
        let Ok(plain) = serde_json::to_vec(jar) else { return };
        let Ok(ct) = self.cipher.encrypt(XNonce::from_slice(&nonce), plain.as_slice()) else { return };
        if let Some(d) = self.file.parent() { let _ = std::fs::create_dir_all(d); }
        let _ = std::fs::write(&self.file, [nonce.as_slice(), ct.as_slice()].concat());
    }
}

impl reqwest::cookie::CookieStore for CookieVault {
    fn set_cookies(&self, headers: &mut dyn Iterator<Item = &HeaderValue>, url: &url::Url) {
        let Some(host) = url.host_str() else { return };
        let mut jar = self.jar.lock().unwrap();
        let e = jar.entry(host.to_string()).or_default();
        for h in headers.filter_map(|h| h.to_str().ok()) {
            if let Some((k, v)) = h.split(';').next().and_then(|p| p.split_once('=')) {
                e.insert(k.trim().into(), v.trim().into());
            }
        }
        self.persist(&jar);
    }

    fn cookies(&self, url: &url::Url) -> Option<HeaderValue> {
        let jar = self.jar.lock().unwrap();
        let c = jar.get(url.host_str()?)?;
        HeaderValue::from_str(&c.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")).ok()
    }
}
