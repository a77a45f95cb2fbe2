//! Keymap and key state.

use crate::hostos::Host;
use usbd_hid::descriptor::KeyboardReport;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Key {
    No,
    /// HID usage id (keyboard page)
    Kc(u8),
    /// Modifier bit
    Mod(u8),
    Lower,
    Raise,
}

use Key::*;

pub const LCTRL: u8 = 0x01;
pub const LSHIFT: u8 = 0x02;
pub const LALT: u8 = 0x04;
pub const LGUI: u8 = 0x08;
pub const RSHIFT: u8 = 0x20;
pub const RGUI: u8 = 0x80;

pub const ENTER: u8 = 0x28;
pub const SPACE: u8 = 0x2c;

/// Base layer, both halves (left columns 0-5, right 6-11).
pub const BASE: [[Key; 12]; 5] = [
    [Kc(0x29), Kc(0x1e), Kc(0x1f), Kc(0x20), Kc(0x21), Kc(0x22), Kc(0x23), Kc(0x24), Kc(0x25), Kc(0x26), Kc(0x27), Kc(0x35)],
    [Kc(0x2b), Kc(0x14), Kc(0x1a), Kc(0x08), Kc(0x15), Kc(0x17), Kc(0x1c), Kc(0x18), Kc(0x0c), Kc(0x12), Kc(0x13), Kc(0x2d)],
    [Mod(LCTRL), Kc(0x04), Kc(0x16), Kc(0x07), Kc(0x09), Kc(0x0a), Kc(0x0b), Kc(0x0d), Kc(0x0e), Kc(0x0f), Kc(0x33), Kc(0x34)],
    [Mod(LSHIFT), Kc(0x1d), Kc(0x1b), Kc(0x06), Kc(0x19), Kc(0x05), Kc(0x11), Kc(0x10), Kc(0x36), Kc(0x37), Kc(0x38), Mod(RSHIFT)],
    [Mod(LALT), Mod(LGUI), Lower, Kc(SPACE), Kc(0x2f), Kc(0x30), Kc(ENTER), Raise, Kc(0x2a), Kc(0x31), Kc(0x2e), Mod(RGUI)],
];

/// Lower layer: F-keys and navigation.
pub const LOWER: [[Key; 12]; 5] = [
    [No, Kc(0x3a), Kc(0x3b), Kc(0x3c), Kc(0x3d), Kc(0x3e), Kc(0x3f), Kc(0x40), Kc(0x41), Kc(0x42), Kc(0x43), Kc(0x44)],
    [No, No, No, No, No, No, Kc(0x4a), Kc(0x4e), Kc(0x4b), Kc(0x4d), Kc(0x46), Kc(0x45)],
    [No, No, No, No, No, No, Kc(0x50), Kc(0x51), Kc(0x52), Kc(0x4f), No, No],
    [No, No, No, No, No, No, No, No, No, No, No, No],
    [No, No, Lower, No, No, No, No, Raise, Kc(0x4c), No, No, No],
];

#[derive(Default)]
pub struct State {
    prev: [[bool; 12]; 5],
    strokes: u32,
    last_press_ms: u64,
}

impl State {
    pub fn keystrokes(&self) -> u32 {
        self.strokes
    }

    pub fn idle_ms(&self, now: u64) -> u64 {
        now.saturating_sub(self.last_press_ms)
    }

    pub fn report(&mut self, pressed: &[[bool; 12]; 5], now: u64, host: Host) -> KeyboardReport {
        let lower = pressed.iter().flatten().zip(BASE.iter().flatten()).any(|(&p, &k)| p && k == Lower);
        let layer = if lower { &LOWER } else { &BASE };
        let mut rep = KeyboardReport { modifier: 0, reserved: 0, leds: 0, keycodes: [0; 6] };
        let mut n = 0;
        for r in 0..5 {
            for c in 0..12 {
                if pressed[r][c] && !self.prev[r][c] {
                    self.strokes = self.strokes.wrapping_add(1);
                    self.last_press_ms = now;
                }
                if !pressed[r][c] {
                    continue;
                }
                match layer[r][c] {
                    Kc(code) if n < 6 => {
                        rep.keycodes[n] = code;
                        n += 1;
                    }
                    Mod(m) => rep.modifier |= swap_for_host(m, host),
                    _ => {}
                }
            }
        }
        self.prev = *pressed;
        rep
    }
}

/// Ctrl and Gui swap on macOS so shortcuts stay under the same thumb.
fn swap_for_host(m: u8, host: Host) -> u8 {
    if host != Host::MacOs {
        return m;
    }
    match m {
        LCTRL => LGUI,
        LGUI => LCTRL,
        other => other,
    }
}

/// Right half state received over the half-duplex UART (PIO) link.
pub fn merge_remote(_pressed: &mut [[bool; 12]; 5]) {}
