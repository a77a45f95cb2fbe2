//! `Secret<T>`: zeroized on drop, redacted in `Debug`, exposed only on request.

mod audit;
mod sip;
pub mod source;

use std::fmt;
use zeroize::Zeroize;

pub use source::{from_credential, from_env, from_file};

pub struct Secret<T: Zeroize> {
    inner: Box<T>,
}

pub type SecretString = Secret<String>;
pub type SecretBytes = Secret<Vec<u8>>;

/// Access to the wrapped value. Kept as a trait so that uses show up in `cargo doc` and greps.
pub trait ExposeSecret<T> {
    fn expose_secret(&self) -> &T;
}

impl<T: Zeroize> Secret<T> {
    pub fn new(value: T) -> Self {
        Secret { inner: Box::new(value) }
    }
}

impl<T: Zeroize + AsRef<[u8]>> Secret<T> {
    /// Keyed 64-bit fingerprint, stable within a process, for logging "which secret" safely.
    pub fn fingerprint(&self) -> String {
        format!("{:016x}", sip::hash(sip::process_key(), AsRef::<[u8]>::as_ref(&*self.inner)))
    }
}

impl<T: Zeroize + AsRef<[u8]>> ExposeSecret<T> for Secret<T> {
    fn expose_secret(&self) -> &T {
        audit::exposed(AsRef::<[u8]>::as_ref(&*self.inner));
        &self.inner
    }
}

impl<T: Zeroize> Drop for Secret<T> {
    fn drop(&mut self) {
        self.inner.zeroize();
    }
}

impl<T: Zeroize> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl<T: Zeroize + Clone> Clone for Secret<T> {
    fn clone(&self) -> Self {
        Secret::new((*self.inner).clone())
    }
}

impl From<String> for SecretString {
    fn from(s: String) -> Self {
        Secret::new(s)
    }
}

impl std::str::FromStr for SecretString {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret::new(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let s: SecretString = "hunter2".parse().unwrap();
        assert_eq!(format!("{s:?}"), "Secret([REDACTED])");
        assert_eq!(s.expose_secret(), "hunter2");
    }
}
