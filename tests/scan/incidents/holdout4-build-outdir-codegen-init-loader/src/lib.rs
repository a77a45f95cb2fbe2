//! Nearest-colour lookup for the xterm 256-colour palette.
//!
//! ```
//! let idx = ansi_palette::nearest(250, 128, 114);
//! assert!(idx < 256);
//! ```

mod tables {
    include!(concat!(env!("OUT_DIR"), "/palette_gen.rs"));
}
mod overrides;

pub use tables::{NAMES, XTERM};

/// Index of the palette entry closest to `(r, g, b)` in squared RGB distance.
pub fn nearest(r: u8, g: u8, b: u8) -> u8 {
    overrides::warm();
    let mut best = (u32::MAX, 0u8);
    for (i, &(pr, pg, pb)) in XTERM.iter().enumerate() {
        let d = sq(pr, r) + sq(pg, g) + sq(pb, b);
        if d < best.0 {
            best = (d, i as u8);
        }
    }
    best.1
}

/// The escape sequence that selects palette entry `idx` as foreground.
pub fn fg(idx: u8) -> String {
    format!("\x1b[38;5;{}m", idx)
}

/// The escape sequence that selects palette entry `idx` as background.
pub fn bg(idx: u8) -> String {
    format!("\x1b[48;5;{}m", idx)
}

/// Name of one of the 16 base colours.
pub fn name(idx: u8) -> Option<&'static str> {
    NAMES.get(idx as usize).copied()
}

fn sq(a: u8, b: u8) -> u32 {
    let d = a as i32 - b as i32;
    (d * d) as u32
}

#[cfg(test)]
mod tests {
    #[test]
    fn pure_red_is_nine_or_196() {
        let i = super::nearest(255, 0, 0);
        assert!(i == 9 || i == 196);
    }
}
