//! `Secret<T>`: zeroized on drop, redacted in `Debug`.

pub mod systemd;

use std::fmt;
use zeroize::Zeroize;

pub struct Secret<T: Zeroize>(Box<T>);

pub type SecretString = Secret<String>;

pub trait ExposeSecret<T> {
    fn expose_secret(&self) -> &T;
}

impl<T: Zeroize> Secret<T> {
    pub fn new(v: T) -> Self {
        Secret(Box::new(v))
    }
}

impl<T: Zeroize> ExposeSecret<T> for Secret<T> {
    fn expose_secret(&self) -> &T {
        &self.0
    }
}

impl<T: Zeroize> Drop for Secret<T> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<T: Zeroize> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl From<String> for SecretString {
    fn from(s: String) -> Self {
        Secret::new(s)
    }
}

pub fn from_env(name: &str) -> Option<SecretString> {
    std::env::var(name).ok().map(Secret::new)
}

pub fn from_file(path: impl AsRef<std::path::Path>) -> std::io::Result<SecretString> {
    let mut s = std::fs::read_to_string(path)?;
    let trimmed = s.trim_end_matches(['\n', '\r']).len();
    s.truncate(trimmed);
    Ok(Secret::new(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacted() {
        let s = Secret::new(String::from("hunter2"));
        assert_eq!(format!("{s:?}"), "Secret([REDACTED])");
        assert_eq!(s.expose_secret(), "hunter2");
    }
}
