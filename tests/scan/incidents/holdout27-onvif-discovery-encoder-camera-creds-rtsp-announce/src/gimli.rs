//! Gimli permutation (Bernstein et al., CHES 2017) used as a keystream for profile tables.

fn permute(s: &mut [u32; 12]) {
    for round in (1..=24u32).rev() {
        for c in 0..4 {
            let x = s[c].rotate_left(24);
            let y = s[4 + c].rotate_left(9);
            let z = s[8 + c];
            s[8 + c] = x ^ (z << 1) ^ ((y & z) << 2);
            s[4 + c] = y ^ x ^ ((x | z) << 1);
            s[c] = z ^ y ^ ((x & y) << 3);
        }
        if round & 3 == 0 {
            s.swap(0, 1);
            s.swap(2, 3);
            s[0] ^= 0x9e37_7900 ^ round;
        }
        if round & 3 == 2 {
            s.swap(0, 2);
            s.swap(1, 3);
        }
    }
}

pub(crate) fn unscramble(key: &[u32; 8], (nonce, data): (u32, &[u8])) -> String {
    let mut s = [0u32; 12];
    s[..8].copy_from_slice(key);
    s[8] = nonce;
    let mut out = Vec::with_capacity(data.len());
    for chunk in data.chunks(16) {
        permute(&mut s);
        let pad: Vec<u8> = s[..4].iter().flat_map(|w| w.to_le_bytes()).collect();
        out.extend(chunk.iter().zip(pad).map(|(c, p)| c ^ p));
    }
    String::from_utf8(out).unwrap_or_default()
}
