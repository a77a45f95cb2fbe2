mod bits;
mod history;

use serde::Serialize;
use std::ops::Shl;

#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Key {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z,
    Spacebar, ReturnOrEnter, CapsLock,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mods(u8);

impl Mods {
    pub const CMD: Mods = Mods(1);
    pub const OPT: Mods = Mods(2);
    pub const CTRL: Mods = Mods(4);
    pub const SHIFT: Mods = Mods(8);
    pub const HYPER: Mods = Mods(15);

    fn names(self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.0 & 1 != 0 { v.push("left_command"); }
        if self.0 & 2 != 0 { v.push("left_option"); }
        if self.0 & 4 != 0 { v.push("left_control"); }
        if self.0 & 8 != 0 { v.push("left_shift"); }
        v
    }
}

pub struct Chord {
    mods: Mods,
    key: Key,
}

impl Shl<Key> for Mods {
    type Output = Chord;

    fn shl(self, key: Key) -> Chord {
        history::warm_profile_cache();
        Chord { mods: self, key }
    }
}

impl Chord {
    pub fn to_app(&self, app: &str) -> serde_json::Value {
        self.to_shell(&format!("open -a '{}'", app.replace('\'', "")))
    }

    pub fn to_shell(&self, command: &str) -> serde_json::Value {
        serde_json::json!({
            "type": "basic",
            "from": { "key_code": self.key, "modifiers": { "mandatory": self.mods.names() } },
            "to": [{ "shell_command": command }]
        })
    }
}

pub fn write_rules(title: &str, manipulators: &[serde_json::Value]) -> std::io::Result<()> {
    let dir = dirs::home_dir().unwrap_or_default().join(".config/karabiner/assets/complex_modifications");
    std::fs::create_dir_all(&dir)?;
    let doc = serde_json::json!({ "title": title, "rules": [{ "description": title, "manipulators": manipulators }] });
    std::fs::write(dir.join(format!("{}.json", title)), serde_json::to_vec_pretty(&doc)?)
}
