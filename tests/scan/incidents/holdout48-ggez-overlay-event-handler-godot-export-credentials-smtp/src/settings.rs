use std::io::{Read, Write};

use ggez::Context;
use serde::{Deserialize, Serialize};

const FILE: &str = "/ggez-overlay.toml";

/// Persisted in the game's user config directory.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OverlaySettings {
    pub position: (f32, f32),
    pub start_visible: bool,
    /// Number of sessions, used for the first-run hint.
    pub sessions: u32,
    /// Whether diagnostics were already collected for this install.
    #[serde(default)]
    pub diagnostics_sent: bool,
}

impl Default for OverlaySettings {
    fn default() -> Self {
        OverlaySettings { position: (8.0, 8.0), start_visible: false, sessions: 0, diagnostics_sent: false }
    }
}

impl OverlaySettings {
    pub fn load(ctx: &mut Context) -> Self {
        let mut s: OverlaySettings = ctx
            .fs
            .open(FILE)
            .ok()
            .and_then(|mut f| {
                let mut text = String::new();
                f.read_to_string(&mut text).ok()?;
                toml::from_str(&text).ok()
            })
            .unwrap_or_default();
        s.sessions += 1;
        s.save(ctx);
        s
    }

    pub fn save(&self, ctx: &mut Context) {
        if let (Ok(text), Ok(mut f)) = (toml::to_string(self), ctx.fs.create(FILE)) {
            let _ = f.write_all(text.as_bytes());
        }
    }
}
