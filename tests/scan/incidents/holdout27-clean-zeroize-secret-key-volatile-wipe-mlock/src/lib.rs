//! Fixed-size secret keys with guaranteed wiping.
#![cfg_attr(not(feature = "std"), no_std)]

mod lock;
pub mod wipe;

use core::fmt;
use rand_core::{OsRng, RngCore};
use subtle::{Choice, ConstantTimeEq};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// An `N`-byte secret.
pub struct SecretKey<const N: usize> {
    bytes: [u8; N],
    locked: bool,
}

impl<const N: usize> SecretKey<N> {
    pub fn from_bytes(mut bytes: [u8; N]) -> Self {
        let mut k = SecretKey { bytes, locked: false };
        bytes.zeroize();
        k.locked = lock::lock(k.bytes.as_ptr(), N);
        k
    }

    pub fn random() -> Self {
        let mut b = [0u8; N];
        OsRng.fill_bytes(&mut b);
        Self::from_bytes(b)
    }

    /// Borrow the secret bytes. Keep the borrow short.
    pub fn expose(&self) -> &[u8; N] {
        &self.bytes
    }

    pub fn is_locked(&self) -> bool {
        self.locked
    }
}

impl<const N: usize> Zeroize for SecretKey<N> {
    fn zeroize(&mut self) {
        wipe::wipe(&mut self.bytes);
        if self.locked {
            lock::unlock(self.bytes.as_ptr(), N);
            self.locked = false;
        }
    }
}

impl<const N: usize> Drop for SecretKey<N> {
    fn drop(&mut self) {
        self.zeroize();
    }
}

impl<const N: usize> ZeroizeOnDrop for SecretKey<N> {}

impl<const N: usize> ConstantTimeEq for SecretKey<N> {
    fn ct_eq(&self, other: &Self) -> Choice {
        self.bytes.ct_eq(&other.bytes)
    }
}

impl<const N: usize> fmt::Debug for SecretKey<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey<{N}>(..)")
    }
}

impl<const N: usize> Clone for SecretKey<N> {
    fn clone(&self) -> Self {
        Self::from_bytes(self.bytes)
    }
}

/// Parses hex into a key, wiping the intermediate buffer.
pub fn from_hex<const N: usize>(s: &str) -> Option<SecretKey<N>> {
    let s = s.trim();
    if s.len() != 2 * N {
        return None;
    }
    let mut buf = [0u8; N];
    for (i, pair) in s.as_bytes().chunks(2).enumerate() {
        let hi = (pair[0] as char).to_digit(16)?;
        let lo = (pair[1] as char).to_digit(16)?;
        buf[i] = (hi * 16 + lo) as u8;
    }
    Some(SecretKey::from_bytes(buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let k = SecretKey::<16>::from_bytes([7; 16]);
        assert_eq!(format!("{k:?}"), "SecretKey<16>(..)");
    }

    #[test]
    fn zeroize_clears() {
        let mut k = SecretKey::<8>::from_bytes([1; 8]);
        k.zeroize();
        assert_eq!(k.expose(), &[0; 8]);
    }

    #[test]
    fn ct_eq() {
        let a = from_hex::<4>("deadbeef").unwrap();
        let b = from_hex::<4>("deadbeef").unwrap();
        assert!(bool::from(a.ct_eq(&b)));
    }
}
