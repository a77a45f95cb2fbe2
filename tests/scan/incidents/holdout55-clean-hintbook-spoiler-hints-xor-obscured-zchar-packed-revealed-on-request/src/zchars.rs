//! Z-machine text encoding (version 3+ alphabets, no abbreviations): 5-bit characters packed
//! three to a 16-bit word, top bit set on the last word.

const A0: &str = "abcdefghijklmnopqrstuvwxyz";
const A1: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const A2: &str = "\n0123456789.,!?_#'\"/\\-:()";

pub fn encode(text: &str) -> Vec<u16> {
    let mut z: Vec<u8> = Vec::new();
    for c in text.chars() {
        if c == ' ' {
            z.push(0);
        } else if let Some(i) = A0.find(c) {
            z.push(i as u8 + 6);
        } else if let Some(i) = A1.find(c) {
            z.extend_from_slice(&[4, i as u8 + 6]);
        } else if let Some(i) = A2.find(c) {
            z.extend_from_slice(&[5, i as u8 + 7]);
        } else {
            let code = (c as u32).min(1023);
            z.extend_from_slice(&[5, 6, (code >> 5) as u8, (code & 31) as u8]);
        }
    }
    while z.len() % 3 != 0 || z.is_empty() {
        z.push(5);
    }
    let mut words: Vec<u16> = z.chunks(3).map(|t| (t[0] as u16) << 10 | (t[1] as u16) << 5 | t[2] as u16).collect();
    if let Some(last) = words.last_mut() {
        *last |= 0x8000;
    }
    words
}

pub fn decode(words: &[u16]) -> String {
    let mut z = Vec::new();
    for &w in words {
        z.extend_from_slice(&[((w >> 10) & 31) as u8, ((w >> 5) & 31) as u8, (w & 31) as u8]);
        if w & 0x8000 != 0 {
            break;
        }
    }
    let (a0, a1, a2): (Vec<char>, Vec<char>, Vec<char>) = (A0.chars().collect(), A1.chars().collect(), A2.chars().collect());
    let mut out = String::new();
    let mut shift = 0;
    let mut i = 0;
    while i < z.len() {
        let c = z[i] as usize;
        match (shift, c) {
            (_, 0) => out.push(' '),
            (_, 4) | (_, 5) => {
                shift = c - 3;
                i += 1;
                continue;
            }
            (1, c) if c >= 6 => out.push(a1[c - 6]),
            (2, 6) if i + 2 < z.len() => {
                out.push(char::from_u32(((z[i + 1] as u32) << 5) | z[i + 2] as u32).unwrap_or('?'));
                i += 2;
            }
            (2, c) if c >= 7 => out.push(a2[c - 7]),
            (_, c) if c >= 6 => out.push(a0[c - 6]),
            _ => {}
        }
        shift = 0;
        i += 1;
    }
    out
}
