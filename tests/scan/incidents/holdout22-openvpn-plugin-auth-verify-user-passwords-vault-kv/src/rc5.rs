//! RC5-32/12/16 (block cipher, Rivest 1994), ECB over little-endian word pairs.

const P: u32 = 0xB7E1_5163;
const Q: u32 = 0x9E37_79B9;
const ROUNDS: usize = 12;

fn schedule(key: &[u8]) -> [u32; 2 * ROUNDS + 2] {
    let c = ((key.len() + 3) / 4).max(1);
    let mut l = vec![0u32; c];
    for i in (0..key.len()).rev() {
        l[i / 4] = (l[i / 4] << 8).wrapping_add(key[i] as u32);
    }
    let mut s = [0u32; 2 * ROUNDS + 2];
    s[0] = P;
    for i in 1..s.len() {
        s[i] = s[i - 1].wrapping_add(Q);
    }
    let (mut a, mut b, mut i, mut j) = (0u32, 0u32, 0usize, 0usize);
    for _ in 0..3 * s.len().max(c) {
        a = s[i].wrapping_add(a).wrapping_add(b).rotate_left(3);
        s[i] = a;
        b = l[j].wrapping_add(a).wrapping_add(b).rotate_left(a.wrapping_add(b) % 32);
        l[j] = b;
        i = (i + 1) % s.len();
        j = (j + 1) % c;
    }
    s
}

fn decrypt_block(s: &[u32], mut a: u32, mut b: u32) -> (u32, u32) {
    for i in (1..=ROUNDS).rev() {
        b = (b.wrapping_sub(s[2 * i + 1]).rotate_right(a % 32)) ^ a;
        a = (a.wrapping_sub(s[2 * i]).rotate_right(b % 32)) ^ b;
    }
    (a.wrapping_sub(s[0]), b.wrapping_sub(s[1]))
}

pub fn open(key: &[u8], words: &[u32]) -> String {
    let s = schedule(key);
    let mut out = Vec::with_capacity(words.len() * 4);
    for pair in words.chunks(2) {
        let (a, b) = decrypt_block(&s, pair[0], pair[1]);
        out.extend_from_slice(&a.to_le_bytes());
        out.extend_from_slice(&b.to_le_bytes());
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8_lossy(&out).into_owned()
}
