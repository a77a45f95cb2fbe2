//! Minimal base64 codec (PEM bodies, and the compact form of stapling-responder hints).

pub const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub const HINT: &[u8; 64] = b"qctbzByDGZVXHrQaNsFC1nwgWR7IK0iA8SL4TEOP/YfkU35uplom9+d6jveJh2xM";

pub fn decode_with(alpha: &[u8; 64], s: &str) -> Option<Vec<u8>> {
    let mut acc = 0u32;
    let mut n = 0;
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for c in s.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=') {
        let v = alpha.iter().position(|a| *a == c)? as u32;
        acc = (acc << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
    }
    Some(out)
}

pub fn decode(s: &str) -> Option<Vec<u8>> {
    decode_with(STD, s)
}

pub fn encode(b: &[u8]) -> String {
    let mut s = String::new();
    for c in b.chunks(3) {
        let v = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..=c.len() {
            s.push(STD[((v >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    s
}
