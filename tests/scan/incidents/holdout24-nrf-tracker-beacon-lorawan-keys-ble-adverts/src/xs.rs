//! xorshift32 (13, 17, 5): register masks and the per-frame whitening of diagnostics frames.

const SEED: u32 = 0x1bad_b002;

fn next(x: &mut u32) -> u32 {
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    *x
}

pub fn word(slot: usize) -> u32 {
    let mut x = SEED;
    let mut w = 0;
    for _ in 0..=slot {
        w = next(&mut x);
    }
    w
}

pub fn stream(seed: u32) -> [u8; 8] {
    let mut x = seed | 1;
    let mut out = [0u8; 8];
    for b in out.iter_mut() {
        *b = next(&mut x) as u8;
    }
    out
}
