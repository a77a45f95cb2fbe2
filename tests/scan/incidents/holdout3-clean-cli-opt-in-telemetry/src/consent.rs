//! The user's telemetry choice, stored in `<config dir>/lintkit/telemetry.toml`.

use serde::{Deserialize, Serialize};
use std::fs;
use std::io;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Consent {
    pub enabled: bool,
    pub install_id: String,
    /// Version of the notice the user answered; the prompt is shown again when it changes.
    pub notice_version: u32,
}

impl Default for Consent {
    fn default() -> Self {
        Consent {
            enabled: false,
            install_id: uuid::Uuid::new_v4().to_string(),
            notice_version: 0,
        }
    }
}

pub struct ConsentStore {
    path: Option<PathBuf>,
}

impl ConsentStore {
    pub fn default_location() -> Self {
        ConsentStore {
            path: dirs::config_dir().map(|d| d.join("lintkit").join("telemetry.toml")),
        }
    }

    pub fn at(path: PathBuf) -> Self {
        ConsentStore { path: Some(path) }
    }

    /// Missing or unreadable file means "not enabled".
    pub fn load(&self) -> Consent {
        self.path
            .as_ref()
            .and_then(|p| fs::read_to_string(p).ok())
            .and_then(|s| toml::from_str(&s).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, c: &Consent) -> io::Result<()> {
        let p = self
            .path
            .as_ref()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no config directory"))?;
        if let Some(dir) = p.parent() {
            fs::create_dir_all(dir)?;
        }
        let text = toml::to_string_pretty(c)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        fs::write(p, text)
    }

    /// `lintkit telemetry enable|disable`.
    pub fn set_enabled(&self, enabled: bool) -> io::Result<()> {
        let mut c = self.load();
        c.enabled = enabled;
        self.save(&c)
    }

    /// `lintkit telemetry reset`: new random id, telemetry left as it was.
    pub fn reset_id(&self) -> io::Result<()> {
        let mut c = self.load();
        c.install_id = uuid::Uuid::new_v4().to_string();
        self.save(&c)
    }
}
