//! Used by a password-manager CLI: `pwclip::copy_and_clear(secret, Duration::from_secs(30))`.
//! The clipboard is only cleared if it still holds the copied secret (compared by SHA-256 in
//! constant time), so text the user copied afterwards is left alone.
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

pub fn copy_and_clear(secret: &str, after: std::time::Duration) -> Result<(), arboard::Error> {
    let mut cb = arboard::Clipboard::new()?;
    let digest = Sha256::digest(secret.as_bytes());
    cb.set_text(secret.to_string())?;
    std::thread::sleep(after);
    let now = Zeroizing::new(cb.get_text().unwrap_or_default());
    if Sha256::digest(now.as_bytes()).ct_eq(&digest).into() {
        cb.clear()?;
    }
    Ok(())
}
