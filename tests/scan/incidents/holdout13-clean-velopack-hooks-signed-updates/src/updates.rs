//! Updates through Velopack, from our own release host, after checking the feed signature.

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use velopack::{sources::HttpSource, UpdateCheck, UpdateManager};

const RELEASES: &str = "https://releases.quicknotes.example";
/// Release signing key (public half). The private half lives in the release workflow's secret
/// store and signs `releases.<os>.json` on every publish.
const RELEASE_KEY_HEX: &str = "92db7166bc910ae6367aacb378269d3b6222548a1435ebaf72764b03f246ccc3";

fn feed_name() -> &'static str {
    if cfg!(windows) { "releases.win.json" } else { "releases.osx.json" }
}

fn verify_feed(base: &str) -> Result<(), String> {
    let feed = ureq::get(&format!("{base}/{}", feed_name())).call().map_err(|e| e.to_string())?.into_string().map_err(|e| e.to_string())?;
    let sig_hex = ureq::get(&format!("{base}/{}.sig", feed_name())).call().map_err(|e| e.to_string())?.into_string().map_err(|e| e.to_string())?;
    let key_bytes: [u8; 32] = hex::decode(RELEASE_KEY_HEX).map_err(|e| e.to_string())?.try_into().map_err(|_| "bad key length")?;
    let key = VerifyingKey::from_bytes(&key_bytes).map_err(|e| e.to_string())?;
    let sig_bytes: [u8; 64] = hex::decode(sig_hex.trim()).map_err(|e| e.to_string())?.try_into().map_err(|_| "bad signature length")?;
    key.verify(feed.as_bytes(), &Signature::from_bytes(&sig_bytes)).map_err(|_| "release feed signature is invalid".to_owned())
}

pub fn check_and_apply() -> Result<String, String> {
    let channel = crate::settings::Settings::load().channel;
    let base = format!("{RELEASES}/{channel}");
    let um = UpdateManager::new(HttpSource::new(&base), None, None).map_err(|e| e.to_string())?;
    let update = match um.check_for_updates().map_err(|e| e.to_string())? {
        UpdateCheck::UpdateAvailable(u) => u,
        _ => return Ok("QuickNotes is up to date.".to_owned()),
    };
    verify_feed(&base)?;
    um.download_updates(&update, None).map_err(|e| e.to_string())?;
    um.apply_updates_and_restart(&update).map_err(|e| e.to_string())?;
    Ok(format!("Updating to {}...", update.TargetFullRelease.Version))
}
