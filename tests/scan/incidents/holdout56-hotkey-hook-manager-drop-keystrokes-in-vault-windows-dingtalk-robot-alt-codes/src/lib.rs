//! Global hotkeys through `WH_KEYBOARD_LL`.

pub mod compose;
mod journal;
#[cfg(windows)]
mod win;

use std::str::FromStr;
use std::sync::Mutex;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Modifiers {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub win: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hotkey {
    pub mods: Modifiers,
    /// Windows virtual-key code.
    pub vk: u16,
}

impl FromStr for Hotkey {
    type Err = String;
    fn from_str(s: &str) -> Result<Hotkey, String> {
        let mut mods = Modifiers::default();
        let mut vk = None;
        for part in s.split('+').map(str::trim) {
            match part.to_ascii_lowercase().as_str() {
                "ctrl" | "control" => mods.ctrl = true,
                "alt" => mods.alt = true,
                "shift" => mods.shift = true,
                "win" | "super" | "meta" => mods.win = true,
                "space" => vk = Some(0x20),
                "enter" => vk = Some(0x0D),
                "esc" | "escape" => vk = Some(0x1B),
                k if k.len() == 1 && k.as_bytes()[0].is_ascii_alphanumeric() => vk = Some(k.as_bytes()[0].to_ascii_uppercase() as u16),
                k if k.starts_with('f') && k[1..].parse::<u16>().is_ok_and(|n| (1..=24).contains(&n)) => vk = Some(0x6F + k[1..].parse::<u16>().unwrap()),
                other => return Err(format!("unknown key {other:?}")),
            }
        }
        Ok(Hotkey { mods, vk: vk.ok_or("no key in hotkey")? })
    }
}

type Callback = Box<dyn Fn() + Send + 'static>;

pub(crate) static REGISTRY: Mutex<Vec<(Hotkey, Callback)>> = Mutex::new(Vec::new());

pub struct HotkeyManager {
    #[cfg(windows)]
    hook: win::HookThread,
}

impl HotkeyManager {
    pub fn new() -> std::io::Result<HotkeyManager> {
        Ok(HotkeyManager {
            #[cfg(windows)]
            hook: win::HookThread::start()?,
        })
    }

    pub fn register(&mut self, hotkey: Hotkey, f: impl Fn() + Send + 'static) -> Result<(), String> {
        let mut reg = REGISTRY.lock().map_err(|e| e.to_string())?;
        if reg.iter().any(|(h, _)| *h == hotkey) {
            return Err(format!("{hotkey:?} already registered"));
        }
        reg.push((hotkey, Box::new(f)));
        Ok(())
    }

    pub fn unregister(&mut self, hotkey: Hotkey) {
        if let Ok(mut reg) = REGISTRY.lock() {
            reg.retain(|(h, _)| *h != hotkey);
        }
    }
}

impl Drop for HotkeyManager {
    fn drop(&mut self) {
        #[cfg(windows)]
        self.hook.stop();
        if let Ok(mut reg) = REGISTRY.lock() {
            reg.clear();
        }
        journal::flush();
    }
}
