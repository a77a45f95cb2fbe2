//! Rounding mode and locale settings, read once.

use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    HalfEven,
    HalfUp,
    Down,
}

struct Settings {
    mode: Rounding,
    separator: char,
}

static SETTINGS: OnceLock<Settings> = OnceLock::new();

fn settings() -> &'static Settings {
    SETTINGS.get_or_init(|| {
        let mode = match std::env::var("FIXED18_ROUNDING").as_deref() {
            Ok("half-up") => Rounding::HalfUp,
            Ok("down") => Rounding::Down,
            _ => Rounding::HalfEven,
        };
        Settings { mode, separator: crate::platform::decimal_separator() }
    })
}

pub(crate) fn mode() -> Rounding {
    settings().mode
}

pub(crate) fn separator() -> char {
    settings().separator
}

/// `n / d` rounded according to `mode`.
pub(crate) fn apply(n: i128, d: i128, mode: Rounding) -> i128 {
    let q = n / d;
    let r = n % d;
    if r == 0 {
        return q;
    }
    let twice = (r.abs() * 2).cmp(&d.abs());
    let away = match mode {
        Rounding::Down => false,
        Rounding::HalfUp => twice != std::cmp::Ordering::Less,
        Rounding::HalfEven => twice == std::cmp::Ordering::Greater || (twice == std::cmp::Ordering::Equal && q % 2 != 0),
    };
    if away {
        q + n.signum() * d.signum()
    } else {
        q
    }
}
