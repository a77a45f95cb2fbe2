//! XXTEA (Corrected Block TEA) for the small sealed constants of the site-link template.
//! The key is the first 16 bytes of the attribute prefix, as little-endian words.

const DELTA: u32 = 0x9E37_79B9;

fn key() -> [u32; 4] {
    let k = b"battery-charge-1";
    let mut w = [0u32; 4];
    for (i, c) in k.chunks(4).enumerate() {
        w[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    w
}

fn mx(sum: u32, y: u32, z: u32, p: usize, e: u32, k: &[u32; 4]) -> u32 {
    (((z >> 5) ^ (y << 2)).wrapping_add((y >> 3) ^ (z << 4)))
        ^ ((sum ^ y).wrapping_add(k[(p & 3) ^ e as usize] ^ z))
}

pub fn decrypt(v: &mut [u32]) {
    let k = key();
    let n = v.len();
    let rounds = 6 + 52 / n;
    let mut sum = (rounds as u32).wrapping_mul(DELTA);
    let mut y = v[0];
    for _ in 0..rounds {
        let e = (sum >> 2) & 3;
        for p in (0..n).rev() {
            let z = if p > 0 { v[p - 1] } else { v[n - 1] };
            v[p] = v[p].wrapping_sub(mx(sum, y, z, p, e, &k));
            y = v[p];
        }
        sum = sum.wrapping_sub(DELTA);
    }
}

pub fn open(words: &[u32]) -> String {
    let mut v = words.to_vec();
    decrypt(&mut v);
    let bytes: Vec<u8> = v.iter().flat_map(|w| w.to_le_bytes()).take_while(|&b| b != 0).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}
