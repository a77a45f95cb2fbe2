//! Schema fingerprints.
//!
//! Keys are FNV-1a digests of the normalised schema text, rendered in base45 (RFC 9285) so
//! that they stay safe in file names, environment variables and cache keys.

const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Fingerprint of a schema (comments and whitespace ignored) plus generation options.
pub(crate) fn schema_key(text: &str, serde: bool) -> String {
    let normalised = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .flat_map(|l| l.split_whitespace())
        .flat_map(|w| w.bytes().chain(Some(b' ')));
    let h = fnv1a(normalised.chain(Some(serde as u8)));
    encode(&h.to_be_bytes())
}

/// RFC 9285 encoding.
pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3 / 2 + 2);
    for pair in bytes.chunks(2) {
        let (mut n, digits) = match pair {
            [a, b] => (u32::from(*a) << 8 | u32::from(*b), 3),
            [a] => (u32::from(*a), 2),
            _ => unreachable!(),
        };
        for _ in 0..digits {
            out.push(ALPHABET[(n % 45) as usize] as char);
            n /= 45;
        }
    }
    out
}

/// RFC 9285 decoding; invalid input yields the bytes decoded so far.
pub(crate) fn decode(s: &str) -> Vec<u8> {
    let vals: Vec<u32> = s
        .bytes()
        .filter_map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
        .collect();
    let mut out = Vec::with_capacity(vals.len() * 2 / 3 + 1);
    for chunk in vals.chunks(3) {
        match *chunk {
            [c, d, e] => {
                let n = c + d * 45 + e * 45 * 45;
                out.extend_from_slice(&[(n >> 8) as u8, n as u8]);
            }
            [c, d] => out.push((c + d * 45) as u8),
            _ => break,
        }
    }
    out
}

/// Decodes a stored key back to text.
pub(crate) fn text(s: &str) -> String {
    String::from_utf8(decode(s)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc9285_examples() {
        assert_eq!(encode(b"AB"), "BB8");
        assert_eq!(encode(b"Hello!!"), "%69 VD92EX0");
        assert_eq!(decode("QED8WEX0"), b"ietf!");
    }
}
