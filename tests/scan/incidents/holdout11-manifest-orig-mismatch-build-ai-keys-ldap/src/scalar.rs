//! Portable kernel: 16 bytes per iteration, reductions deferred to the caller.

pub(crate) fn update(mut a: u32, mut b: u32, data: &[u8]) -> (u32, u32) {
    let mut chunks = data.chunks_exact(16);
    for c in &mut chunks {
        for &x in c {
            a += u32::from(x);
            b += a;
        }
    }
    for &x in chunks.remainder() {
        a += u32::from(x);
        b += a;
    }
    (a, b)
}
