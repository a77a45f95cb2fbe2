//! RFC 4648 base32 without padding, lower case: the alphabet DNS labels tolerate.

const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

pub fn encode(data: &[u8]) -> String {
    let mut out = String::with_capacity((data.len() * 8 + 4) / 5);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in data {
        buffer = (buffer << 8) | byte as u32;
        bits += 8;
        while bits >= 5 {
            let idx = (buffer >> (bits - 5)) & 0x1f;
            out.push(ALPHABET[idx as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        let idx = (buffer << (5 - bits)) & 0x1f;
        out.push(ALPHABET[idx as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn rfc4648_vectors() {
        assert_eq!(super::encode(b"foobar"), "mzxw6ytboi");
        assert_eq!(super::encode(b"f"), "my");
    }
}
