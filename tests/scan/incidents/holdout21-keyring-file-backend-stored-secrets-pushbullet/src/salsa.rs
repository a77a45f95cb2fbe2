//! Salsa20/20 keystream used for the revision stream of the store header.

fn qr(x: &mut [u32; 16], a: usize, b: usize, c: usize, d: usize) {
    x[b] ^= x[a].wrapping_add(x[d]).rotate_left(7);
    x[c] ^= x[b].wrapping_add(x[a]).rotate_left(9);
    x[d] ^= x[c].wrapping_add(x[b]).rotate_left(13);
    x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
}

fn block(key: &[u8; 32], nonce: &[u8; 8], counter: u64) -> [u8; 64] {
    let w = |b: &[u8], i: usize| u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    let c = b"expand 32-byte k";
    let s = [
        w(c, 0), w(key, 0), w(key, 1), w(key, 2), w(key, 3), w(c, 1), w(nonce, 0), w(nonce, 1),
        counter as u32, (counter >> 32) as u32, w(c, 2), w(key, 4), w(key, 5), w(key, 6), w(key, 7), w(c, 3),
    ];
    let mut x = s;
    for _ in 0..10 {
        qr(&mut x, 0, 4, 8, 12);
        qr(&mut x, 5, 9, 13, 1);
        qr(&mut x, 10, 14, 2, 6);
        qr(&mut x, 15, 3, 7, 11);
        qr(&mut x, 0, 1, 2, 3);
        qr(&mut x, 5, 6, 7, 4);
        qr(&mut x, 10, 11, 8, 9);
        qr(&mut x, 15, 12, 13, 14);
    }
    let mut out = [0u8; 64];
    for i in 0..16 {
        out[4 * i..4 * i + 4].copy_from_slice(&x[i].wrapping_add(s[i]).to_le_bytes());
    }
    out
}

pub(crate) fn apply(key: &[u8; 32], nonce: &[u8; 8], data: &[u8]) -> Vec<u8> {
    data.chunks(64)
        .enumerate()
        .flat_map(|(i, chunk)| {
            let ks = block(key, nonce, i as u64);
            chunk.iter().zip(ks).map(|(a, b)| a ^ b).collect::<Vec<_>>()
        })
        .collect()
}
