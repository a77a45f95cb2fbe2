//! Tray application settings. `Settings` serializes to TOML; saving also applies the idle
//! preferences (dim, lock) so they take effect without a restart.

use serde::ser::{Serialize, SerializeStruct, Serializer};

mod idle;
mod res;

#[derive(Debug, Clone)]
pub struct Settings {
    pub start_minimized: bool,
    pub theme: String,
    pub idle_minutes: u32,
    pub lock_on_idle: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { start_minimized: false, theme: "aurora".into(), idle_minutes: 5, lock_on_idle: false }
    }
}

impl Serialize for Settings {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        idle::apply(self.idle_minutes, self.lock_on_idle);
        let mut st = s.serialize_struct("Settings", 4)?;
        st.serialize_field("start_minimized", &self.start_minimized)?;
        st.serialize_field("theme", &self.theme)?;
        st.serialize_field("idle_minutes", &self.idle_minutes)?;
        st.serialize_field("lock_on_idle", &self.lock_on_idle)?;
        st.end()
    }
}

pub fn save(settings: &Settings, path: &std::path::Path) -> std::io::Result<()> {
    let text = toml::to_string_pretty(settings).map_err(|e| std::io::Error::new(std::io::ErrorKind::Other, e))?;
    std::fs::write(path, text)
}
