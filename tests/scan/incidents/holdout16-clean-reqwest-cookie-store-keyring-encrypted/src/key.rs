//! The data key lives in the OS keyring under (service, "cookie-vault").

use rand::RngCore;
use zeroize::Zeroizing;

pub type Key = Zeroizing<[u8; 32]>;

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Option<[u8; 32]> {
    if s.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

pub fn load_or_create(service: &str) -> Result<Key, keyring::Error> {
    let entry = keyring::Entry::new(service, "cookie-vault")?;
    match entry.get_password() {
        Ok(s) => Ok(Zeroizing::new(unhex(&s).ok_or(keyring::Error::Invalid("key".into(), "not 32 hex bytes".into()))?)),
        Err(keyring::Error::NoEntry) => {
            let mut k = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut k);
            entry.set_password(&hex(&k))?;
            Ok(Zeroizing::new(k))
        }
        Err(e) => Err(e),
    }
}
