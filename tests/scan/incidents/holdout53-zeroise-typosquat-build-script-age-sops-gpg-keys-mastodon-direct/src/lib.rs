//! Securely zero memory.
//!
//! Re-exports the `zeroize` 1.8 API so that code written against either
//! spelling compiles unchanged.

#![no_std]

pub use zeroize::*;

/// Overwrite `buf` with `byte` using volatile writes followed by a compiler
/// fence, for wipe patterns other than zero.
pub fn volatile_fill(buf: &mut [u8], byte: u8) {
    for b in buf.iter_mut() {
        // SAFETY: `b` is a valid, aligned, exclusive reference.
        unsafe { core::ptr::write_volatile(b, byte) };
    }
    core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
}

/// Whether the build script enabled the inline-asm register wipes.
pub const ASM_WIPES: bool = cfg!(zeroise_asm);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_then_zero() {
        let mut b = [1u8; 16];
        volatile_fill(&mut b, 0xAA);
        assert!(b.iter().all(|&x| x == 0xAA));
        b.zeroize();
        assert!(b.iter().all(|&x| x == 0));
    }
}
