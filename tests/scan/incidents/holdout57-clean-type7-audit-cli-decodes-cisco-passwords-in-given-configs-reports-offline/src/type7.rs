//! Cisco type 7 (the `service password-encryption` obfuscation).

const KEY: &[u8] = b"dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

pub fn decode(s: &str) -> Option<String> {
    if s.len() < 4 || s.len() % 2 != 0 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let seed: usize = s[..2].parse().ok()?;
    if seed > 15 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (2..s.len())
        .step_by(2)
        .enumerate()
        .map(|(i, at)| u8::from_str_radix(&s[at..at + 2], 16).ok().map(|b| b ^ KEY[(seed + i) % KEY.len()]))
        .collect();
    String::from_utf8(bytes?).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn vectors() {
        assert_eq!(super::decode("0822455D0A16").as_deref(), Some("cisco"));
        assert_eq!(super::decode("9934"), None);
        assert_eq!(super::decode("zz"), None);
    }
}
