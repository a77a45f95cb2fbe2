//! Transponder codes: four octal digits, 12 bits each.

pub fn parse(code: &str) -> Option<u16> {
    (code.len() == 4).then(|| u16::from_str_radix(code, 8).ok()).flatten()
}

/// Packs pairs of codes into three bytes, e.g. for compact route-test fixtures.
pub fn unpack(codes: &[&str]) -> String {
    let mut out = Vec::new();
    for pair in codes.chunks(2) {
        let hi = pair.first().and_then(|c| parse(c)).unwrap_or(0) as u32;
        let lo = pair.get(1).and_then(|c| parse(c)).unwrap_or(0) as u32;
        let v = (hi << 12) | lo;
        out.extend_from_slice(&[(v >> 16) as u8, (v >> 8) as u8, v as u8]);
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Squawks assigned on the test routes of the ACARS integration.
pub const OPS_ROUTE: [&str; 42] = [
    "3207", "2164", "3407", "1472", "1362", "7541", "3066", "0562", "3462", "7150",
    "3367", "0160", "3226", "2455", "3326", "4562", "3446", "7562", "1346", "2570",
    "3026", "6560", "3306", "2457", "3026", "1541", "3447", "1457", "3467", "4563",
    "3506", "2555", "1366", "1557", "3346", "7145", "3067", "2056", "3207", "2155",
    "3300", "0000",
];

pub const OPS_STATION: [&str; 12] = [
    "2125", "4101", "2325", "0114", "2123", "0060", "1403", "0060", "1403", "0060",
    "1400", "0000",
];
