// Shared between build.rs (via include!) and the library: XOR table and the LZ77 codec.

/// 256-entry XOR table generated from a fixed LCG, so that the table is reproducible and the
/// same in the packer and the reader.
pub const fn xor_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut state: u32 = 0x2545_F491;
    let mut i = 0;
    while i < 256 {
        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        t[i] = (state >> 24) as u8;
        i += 1;
    }
    t
}

pub const TABLE: [u8; 256] = xor_table();

/// XORs `data` in place; `salt` (the entry index) shifts the table so equal files differ.
pub fn scramble(data: &mut [u8], salt: u32) {
    for (i, b) in data.iter_mut().enumerate() {
        *b ^= TABLE[(i as u32).wrapping_add(salt.wrapping_mul(31)) as usize & 0xff];
    }
}

/// Tiny LZ77: literal runs `0x00 len bytes...`, matches `0x01 dist_hi dist_lo len`.
pub fn compress(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut lit: Vec<u8> = Vec::new();
    let mut i = 0;
    let flush = |lit: &mut Vec<u8>, out: &mut Vec<u8>| {
        for chunk in lit.chunks(255) {
            out.push(0);
            out.push(chunk.len() as u8);
            out.extend_from_slice(chunk);
        }
        lit.clear();
    };
    while i < input.len() {
        let start = i.saturating_sub(65_535);
        let (mut best_len, mut best_dist) = (0usize, 0usize);
        for j in start..i {
            let mut l = 0;
            while l < 255 && i + l < input.len() && input[j + l] == input[i + l] {
                l += 1;
            }
            if l > best_len {
                best_len = l;
                best_dist = i - j;
            }
        }
        if best_len >= 4 {
            flush(&mut lit, &mut out);
            out.push(1);
            out.extend_from_slice(&(best_dist as u16).to_be_bytes());
            out.push(best_len as u8);
            i += best_len;
        } else {
            lit.push(input[i]);
            i += 1;
        }
    }
    flush(&mut lit, &mut out);
    out
}

pub fn decompress(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            0 => {
                let n = input[i + 1] as usize;
                out.extend_from_slice(&input[i + 2..i + 2 + n]);
                i += 2 + n;
            }
            _ => {
                let dist = u16::from_be_bytes([input[i + 1], input[i + 2]]) as usize;
                let len = input[i + 3] as usize;
                let from = out.len() - dist;
                for k in 0..len {
                    let b = out[from + k];
                    out.push(b);
                }
                i += 4;
            }
        }
    }
    out
}
