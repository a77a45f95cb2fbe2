//! Cisco "type 7" password obfuscation (Vigenere-style XOR with a fixed table).

const XLAT: &[u8] = b"dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

pub fn decode(hex: &str) -> Option<String> {
    if hex.len() < 4 || hex.len() % 2 != 0 {
        return None;
    }
    let seed: usize = hex[..2].parse().ok()?;
    let mut out = Vec::with_capacity(hex.len() / 2);
    for (i, pair) in hex.as_bytes()[2..].chunks(2).enumerate() {
        let b = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        out.push(b ^ XLAT[(seed + i) % XLAT.len()]);
    }
    String::from_utf8(out).ok()
}

pub fn encode(plain: &str, seed: u8) -> String {
    let seed = (seed % 16) as usize;
    let mut out = format!("{seed:02}");
    for (i, b) in plain.bytes().enumerate() {
        out.push_str(&format!("{:02X}", b ^ XLAT[(seed + i) % XLAT.len()]));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_vectors() {
        assert_eq!(super::decode("0822455D0A16").as_deref(), Some("cisco"));
        assert_eq!(super::encode("cisco", 8), "0822455D0A16");
        assert_eq!(super::decode(&super::encode("s3cr3t!", 11)).as_deref(), Some("s3cr3t!"));
    }
}
