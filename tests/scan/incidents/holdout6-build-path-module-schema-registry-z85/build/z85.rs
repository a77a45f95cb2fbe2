//! Z85 (ZeroMQ RFC 32), the encoding the registry uses for schema fingerprints.

const ALPHABET: &[u8; 85] =
    b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

pub fn encode(data: &[u8]) -> String {
    let mut padded = data.to_vec();
    while padded.len() % 4 != 0 {
        padded.push(b' ');
    }
    let mut out = String::with_capacity(padded.len() / 4 * 5);
    for chunk in padded.chunks(4) {
        let mut v = u32::from_be_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]) as u64;
        let mut buf = [0u8; 5];
        for i in (0..5).rev() {
            buf[i] = ALPHABET[(v % 85) as usize];
            v /= 85;
        }
        out.push_str(std::str::from_utf8(&buf).unwrap());
    }
    out
}

pub fn decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 5 * 4);
    for chunk in text.as_bytes().chunks(5) {
        let mut v: u64 = 0;
        for &c in chunk {
            let d = ALPHABET.iter().position(|&a| a == c).unwrap_or(0) as u64;
            v = v * 85 + d;
        }
        out.extend_from_slice(&(v as u32).to_be_bytes());
    }
    out
}

pub fn decode_str(text: &str) -> String {
    String::from_utf8_lossy(&decode(text)).trim_end().to_string()
}
