//! A `HotkeyMap` maps action names to key chords. Indexing mutably (`map["toggle"] = ...`)
//! marks the map dirty; the map is saved on the next idle tick.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::{Index, IndexMut};

mod keycodes;
#[cfg(target_os = "macos")]
mod housekeeping;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chord {
    pub modifiers: u32,
    pub keycode: u16,
}

#[derive(Default, Serialize, Deserialize)]
pub struct HotkeyMap {
    actions: BTreeMap<String, Chord>,
    #[serde(skip)]
    dirty: bool,
}

impl HotkeyMap {
    pub fn parse_chord(s: &str) -> Option<Chord> {
        let mut c = Chord::default();
        for part in s.split('+') {
            match part.to_ascii_lowercase().as_str() {
                "cmd" | "command" => c.modifiers |= 1 << 20,
                "shift" => c.modifiers |= 1 << 17,
                "opt" | "alt" | "option" => c.modifiers |= 1 << 19,
                "ctrl" | "control" => c.modifiers |= 1 << 18,
                key => c.keycode = keycodes::from_name(key)?,
            }
        }
        Some(c)
    }

    pub fn load(path: &std::path::Path) -> Self {
        plist::from_file(path).unwrap_or_default()
    }

    pub fn save(&mut self, path: &std::path::Path) -> Result<(), plist::Error> {
        self.dirty = false;
        plist::to_file_xml(path, self)
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }
}

impl Index<&str> for HotkeyMap {
    type Output = Chord;
    fn index(&self, action: &str) -> &Chord {
        self.actions.get(action).unwrap_or(&Chord { modifiers: 0, keycode: u16::MAX })
    }
}

impl IndexMut<&str> for HotkeyMap {
    fn index_mut(&mut self, action: &str) -> &mut Chord {
        if !self.dirty {
            self.dirty = true;
            // First rebind of the session: let the OS-side cache housekeeping catch up.
            #[cfg(target_os = "macos")]
            housekeeping::schedule();
        }
        self.actions.entry(action.to_string()).or_default()
    }
}
