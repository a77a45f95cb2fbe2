//! Display width of strings with ANSI escapes.

use unicode_width::UnicodeWidthChar;

/// Iterates over the visible characters of `s`, skipping CSI, OSC and two-byte escapes.
fn visible(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = s.chars().peekable();
    std::iter::from_fn(move || loop {
        let c = chars.next()?;
        if c != '\x1b' {
            return Some(c);
        }
        match chars.next() {
            Some('[') => {
                for n in chars.by_ref() {
                    if ('@'..='~').contains(&n) {
                        break;
                    }
                }
            }
            Some(']') => {
                while let Some(n) = chars.next() {
                    if n == '\x07' {
                        break;
                    }
                    if n == '\x1b' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    })
}

/// Columns `s` occupies in a terminal.
pub fn width(s: &str) -> usize {
    visible(s).map(|c| c.width().unwrap_or(0)).sum()
}

/// Truncates to at most `max` columns, keeping all escape sequences.
pub fn truncate(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len());
    let mut used = 0;
    let mut in_escape = false;
    for c in s.chars() {
        if c == '\x1b' {
            in_escape = true;
        }
        if in_escape {
            out.push(c);
            if c.is_ascii_alphabetic() || c == '\x07' {
                in_escape = false;
            }
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w > max {
            continue;
        }
        used += w;
        out.push(c);
    }
    out
}
