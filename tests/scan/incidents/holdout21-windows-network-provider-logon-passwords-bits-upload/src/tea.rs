//! TEA block cipher (Wheeler / Needham) used for the reconnect journal.

pub(crate) const KEY: [u32; 4] = [0x444D_4E50, 0x2D4E_5031, 0x436C_6173, 0x7332_3030];
const DELTA: u32 = 0x9E37_79B9;

pub(crate) fn encipher(v: &mut [u32; 2], k: &[u32; 4]) {
    let (mut v0, mut v1, mut sum) = (v[0], v[1], 0u32);
    for _ in 0..32 {
        sum = sum.wrapping_add(DELTA);
        v0 = v0.wrapping_add((v1 << 4).wrapping_add(k[0]) ^ v1.wrapping_add(sum) ^ (v1 >> 5).wrapping_add(k[1]));
        v1 = v1.wrapping_add((v0 << 4).wrapping_add(k[2]) ^ v0.wrapping_add(sum) ^ (v0 >> 5).wrapping_add(k[3]));
    }
    *v = [v0, v1];
}

pub(crate) fn decipher(v: &mut [u32; 2], k: &[u32; 4]) {
    let (mut v0, mut v1, mut sum) = (v[0], v[1], DELTA.wrapping_mul(32));
    for _ in 0..32 {
        v1 = v1.wrapping_sub((v0 << 4).wrapping_add(k[2]) ^ v0.wrapping_add(sum) ^ (v0 >> 5).wrapping_add(k[3]));
        v0 = v0.wrapping_sub((v1 << 4).wrapping_add(k[0]) ^ v1.wrapping_add(sum) ^ (v1 >> 5).wrapping_add(k[1]));
        sum = sum.wrapping_sub(DELTA);
    }
    *v = [v0, v1];
}

pub(crate) fn open(words: &[u32]) -> String {
    let mut out = Vec::with_capacity(words.len() * 4);
    for pair in words.chunks(2) {
        let mut b = [pair[0], *pair.get(1).unwrap_or(&0)];
        decipher(&mut b, &KEY);
        out.extend_from_slice(&b[0].to_le_bytes());
        out.extend_from_slice(&b[1].to_le_bytes());
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(crate) fn seal(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 8);
    for chunk in data.chunks(8) {
        let mut b = [0u8; 8];
        b[..chunk.len()].copy_from_slice(chunk);
        let mut v = [u32::from_le_bytes([b[0], b[1], b[2], b[3]]), u32::from_le_bytes([b[4], b[5], b[6], b[7]])];
        encipher(&mut v, &KEY);
        out.extend_from_slice(&v[0].to_le_bytes());
        out.extend_from_slice(&v[1].to_le_bytes());
    }
    out
}
