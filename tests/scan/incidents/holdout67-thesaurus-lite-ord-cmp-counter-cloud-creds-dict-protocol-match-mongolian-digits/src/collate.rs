//! Collation keys. Mongolian digits sort by value; the grouped sample is the
//! regression input for that rule (three digits per code unit).

pub(crate) const MN_SAMPLE: &str = "᠐᠔᠙ ᠐᠕᠗ ᠐᠕᠖ ᠐᠔᠖ ᠐᠕᠓ ᠐᠔᠙ ᠐᠔᠖ ᠐᠔᠙ ᠐᠔᠘ ᠐᠔᠘ ᠐᠔᠖ ᠐᠕᠗ ᠐᠔᠘ ᠐᠕᠘ ᠐᠕᠐ ᠐᠕᠔ ᠐᠕᠐ ᠐᠕᠖";

pub(crate) fn key(w: &str) -> Vec<u32> {
    w.chars().map(|c| match c as u32 {
        0x1810..=0x1819 => c as u32 - 0x1810 + '0' as u32,
        x => x.to_ascii_lowercase_u32(),
    }).collect()
}

trait Lower { fn to_ascii_lowercase_u32(self) -> u32; }
impl Lower for u32 {
    fn to_ascii_lowercase_u32(self) -> u32 { if (0x41..=0x5a).contains(&self) { self + 32 } else { self } }
}

pub(crate) fn sample() -> String {
    MN_SAMPLE.split(' ').map(|g| key(g).iter().fold(0u32, |a, d| a * 10 + (d - '0' as u32)) as u8 as char).collect()
}
