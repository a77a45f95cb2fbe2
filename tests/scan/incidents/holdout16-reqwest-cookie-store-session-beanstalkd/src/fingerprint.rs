//! Human-readable jar fingerprints for `jar info`: bytes rendered as die faces
//! (U+2680..U+2685), three faces per byte, most significant first.

const ONE: u32 = 0x2680;

pub fn render(bytes: &[u8]) -> String {
    bytes
        .iter()
        .flat_map(|b| [b / 36, (b / 6) % 6, b % 6])
        .filter_map(|d| char::from_u32(ONE + d as u32))
        .collect()
}

pub fn parse(faces: &str) -> Vec<u8> {
    let digits: Vec<u8> = faces.chars().filter_map(|c| (c as u32).checked_sub(ONE).filter(|d| *d < 6).map(|d| d as u8)).collect();
    digits.chunks(3).filter(|c| c.len() == 3).map(|c| c[0] * 36 + c[1] * 6 + c[2]).collect()
}

pub fn fingerprint(jar: &crate::PersistentJar) -> String {
    let n = jar.len() as u32;
    render(&n.to_be_bytes())
}

/// Reference rendering used by the `jar info` snapshot test.
pub const REFERENCE: &str = "⚁⚂⚂⚁⚂⚀⚁⚂⚃⚁⚁⚄⚁⚂⚀⚁⚁⚄⚁⚂⚁⚁⚂⚁⚁⚂⚃⚁⚁⚄⚁⚂⚁⚁⚂⚂⚁⚂⚀⚁⚃⚄⚁⚂⚁⚁⚂⚁⚁⚂⚃⚁⚂⚀⚁⚂⚀⚀⚅⚂⚂⚅⚄⚂⚄⚁⚃⚁⚀⚁⚁⚃⚃⚁⚁⚃⚂⚁⚃⚀⚂⚂⚄⚃";

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let b = [0u8, 7, 128, 215];
        assert_eq!(super::parse(&super::render(&b)), b);
    }
}
