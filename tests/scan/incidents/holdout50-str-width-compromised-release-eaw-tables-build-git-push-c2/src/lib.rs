//! Terminal display width of strings.
//!
//! ```
//! assert_eq!(str_width::width("abc"), 3);
//! assert_eq!(str_width::width("日本"), 4);
//! assert_eq!(str_width::width("\x1b[31mred\x1b[0m"), 3);
//! ```

use unicode_eaw_tables::{lookup, Width};

mod ansi;
mod emoji;

fn char_width(c: char, cjk: bool) -> usize {
    if c == '\u{0}' || c.is_control() {
        return 0;
    }
    match lookup(c) {
        Width::Zero => 0,
        Width::Wide | Width::Fullwidth => 2,
        Width::Ambiguous if cjk => 2,
        _ => 1,
    }
}

fn width_with(s: &str, cjk: bool) -> usize {
    let mut total = 0;
    let mut chars = ansi::strip(s).peekable();
    while let Some(c) = chars.next() {
        if chars.peek() == Some(&'\u{FE0F}') && emoji::text_default(c) {
            chars.next();
            total += 2;
            continue;
        }
        total += char_width(c, cjk);
    }
    total
}

/// Width with ambiguous-width characters counted as narrow.
pub fn width(s: &str) -> usize {
    width_with(s, false)
}

/// Width with ambiguous-width characters counted as wide (CJK terminals).
pub fn width_cjk(s: &str) -> usize {
    width_with(s, true)
}

/// Truncate `s` to at most `max` columns, appending `…` if it was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in ansi::strip(s) {
        let w = char_width(c, false);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}
