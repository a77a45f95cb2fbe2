//! Copy a secret and clear it again after a timeout, unless the user copied something else.

use std::time::Duration;
use zeroize::Zeroizing;

pub const CLEAR_AFTER: Duration = Duration::from_secs(20);

pub fn copy_secret(secret: &str) -> Result<(), String> {
    let mut cb = arboard::Clipboard::new().map_err(|e| e.to_string())?;
    cb.set_text(secret.to_string()).map_err(|e| e.to_string())
}

pub async fn clear_later(secret: Zeroizing<String>) {
    tokio::time::sleep(CLEAR_AFTER).await;
    if let Ok(mut cb) = arboard::Clipboard::new() {
        if cb.get_text().map(|t| t == *secret).unwrap_or(false) {
            let _ = cb.clear();
        }
    }
}
