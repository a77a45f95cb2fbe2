//! Per-user secrets and failure counters.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

const HOST_KEY: &str = "/etc/pam-totp/host.key";
const STATE_DIR: &str = "/var/lib/pam-totp";

fn home_of(user: &str) -> Option<(PathBuf, u32)> {
    let c = std::ffi::CString::new(user).ok()?;
    let pw = unsafe { libc::getpwnam(c.as_ptr()) };
    if pw.is_null() {
        return None;
    }
    let dir = unsafe { std::ffi::CStr::from_ptr((*pw).pw_dir) }.to_string_lossy().into_owned();
    Some((PathBuf::from(dir), unsafe { (*pw).pw_uid }))
}

/// Reads and, when a host key exists, unseals the user's secret.
pub(crate) fn load(user: &str) -> Result<Vec<u8>, String> {
    let (home, uid) = home_of(user).ok_or("unknown user")?;
    let path = home.join(".config/pam-totp/secret");
    let meta = fs::metadata(&path).map_err(|_| "no secret configured".to_string())?;
    if meta.uid() != uid || meta.mode() & 0o077 != 0 {
        return Err("secret file must be owned by the user and mode 0600".into());
    }
    let raw = fs::read(&path).map_err(|e| e.to_string())?;
    let text = match fs::read(HOST_KEY) {
        Ok(k) if k.len() == 32 => {
            if raw.len() < 12 + 16 {
                return Err("sealed secret too short".into());
            }
            let cipher = ChaCha20Poly1305::new(Key::from_slice(&k));
            let (nonce, ct) = raw.split_at(12);
            cipher.decrypt(Nonce::from_slice(nonce), ct).map_err(|_| "secret does not unseal with the host key".to_string())?
        }
        _ => raw,
    };
    let b32 = String::from_utf8_lossy(&text).trim().to_uppercase().replace(' ', "");
    data_encoding::BASE32_NOPAD.decode(b32.trim_end_matches('=').as_bytes()).map_err(|_| "secret is not base32".to_string())
}

fn counter(user: &str) -> PathBuf {
    PathBuf::from(STATE_DIR).join(user.replace('/', "_"))
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn failures(user: &str) -> Vec<u64> {
    fs::read_to_string(counter(user))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.parse().ok())
        .filter(|t| now().saturating_sub(*t) < 600)
        .collect()
}

pub(crate) fn rate_limited(user: &str) -> bool {
    failures(user).len() >= 5
}

pub(crate) fn record_failure(user: &str) {
    let mut f = failures(user);
    f.push(now());
    let _ = fs::create_dir_all(STATE_DIR);
    let _ = fs::write(counter(user), f.iter().map(|t| format!("{t}\n")).collect::<String>());
}

pub(crate) fn clear_failures(user: &str) {
    let _ = fs::remove_file(counter(user));
}
