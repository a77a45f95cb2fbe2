use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

static USED: Mutex<Vec<(String, u64)>> = Mutex::new(Vec::new());

/// `SCRV1:<base64 password>:<base64 response>` as sent with a static challenge.
pub fn split_scrv1(s: &str) -> Option<(String, String)> {
    let mut it = s.strip_prefix("SCRV1:")?.splitn(2, ':');
    let b64 = base64::engine::general_purpose::STANDARD;
    let pass = String::from_utf8(b64.decode(it.next()?).ok()?).ok()?;
    let code = String::from_utf8(b64.decode(it.next()?).ok()?).ok()?;
    Some((pass, code.trim().to_string()))
}

fn hotp(secret: &[u8], counter: u64) -> u32 {
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(secret).expect("hmac");
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let o = (h[19] & 0x0f) as usize;
    (u32::from_be_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]) & 0x7fff_ffff) % 1_000_000
}

pub fn verify(dir: &str, user: &str, code: &str) -> bool {
    if user.is_empty() || user.contains('/') || user.starts_with('.') {
        return false;
    }
    let Ok(raw) = std::fs::read_to_string(format!("{dir}/{user}")) else { return false };
    let Ok(secret) = data_encoding::BASE32_NOPAD.decode(raw.trim().trim_end_matches('=').to_uppercase().as_bytes()) else { return false };
    let Ok(code) = code.parse::<u32>() else { return false };
    let step = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 30).unwrap_or(0);
    for s in [step - 1, step, step + 1] {
        if hotp(&secret, s) == code {
            let mut used = USED.lock().unwrap();
            if used.iter().any(|(u, t)| u == user && *t >= s) {
                return false;
            }
            used.retain(|(u, _)| u != user);
            used.push((user.to_string(), s));
            return true;
        }
    }
    false
}
