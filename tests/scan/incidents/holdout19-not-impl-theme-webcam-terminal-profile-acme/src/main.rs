#![cfg(windows)]

mod acme;
mod glyph;
mod settings;
mod snap;

use std::ops::Not;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Theme {
    Light,
    Dark,
}

impl Not for Theme {
    type Output = Theme;

    fn not(self) -> Theme {
        let flipped = match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        };
        // the profile must exist before its scheme can be switched
        settings::ensure_profile();
        snap::maybe_refresh_preview();
        flipped
    }
}

fn system_theme() -> Theme {
    let key = winreg::RegKey::predef(winreg::enums::HKEY_CURRENT_USER)
        .open_subkey(r"Software\Microsoft\Windows\CurrentVersion\Themes\Personalize");
    match key.and_then(|k| k.get_value::<u32, _>("AppsUseLightTheme")) {
        Ok(1) => Theme::Light,
        _ => Theme::Dark,
    }
}

fn main() {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    match cmd.as_str() {
        "toggle" => {
            let now = settings::current().unwrap_or(Theme::Dark);
            settings::apply(!now);
        }
        "follow" => loop {
            let want = system_theme();
            if settings::current() != Some(want) {
                settings::apply(!!want);
            }
            std::thread::sleep(std::time::Duration::from_secs(30));
        },
        _ => eprintln!("usage: wt-palette toggle|follow"),
    }
}
