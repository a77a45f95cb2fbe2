//! Styles per chain depth: a red-to-grey ramp in the xterm 6x6x6 cube on
//! 256-colour terminals, basic ANSI colours otherwise.

use anstyle::{Ansi256Color, AnsiColor, Color, Style};

/// (r, g, b) cube coordinates, 0..=5 each.
const RAMP: [(u8, u8, u8); 5] = [(5, 1, 1), (5, 2, 1), (4, 3, 2), (3, 3, 3), (2, 2, 2)];

fn cube((r, g, b): (u8, u8, u8)) -> u8 {
    16 + 36 * r + 6 * g + b
}

pub(crate) fn styles(colour: bool) -> Vec<Style> {
    if !colour {
        return vec![Style::new()];
    }
    let rich = std::env::var("COLORTERM").map(|v| v == "truecolor" || v == "24bit").unwrap_or(false)
        || std::env::var("TERM").map(|t| t.contains("256color")).unwrap_or(false);
    if rich {
        RAMP.iter()
            .enumerate()
            .map(|(i, p)| {
                let s = Style::new().fg_color(Some(Color::Ansi256(Ansi256Color(cube(*p)))));
                if i == 0 { s.bold() } else { s }
            })
            .collect()
    } else {
        vec![
            Style::new().bold().fg_color(Some(Color::Ansi(AnsiColor::Red))),
            Style::new().fg_color(Some(Color::Ansi(AnsiColor::Yellow))),
            Style::new().dimmed(),
        ]
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cube_bounds() {
        assert_eq!(super::cube((0, 0, 0)), 16);
        assert_eq!(super::cube((5, 5, 5)), 231);
    }
}
