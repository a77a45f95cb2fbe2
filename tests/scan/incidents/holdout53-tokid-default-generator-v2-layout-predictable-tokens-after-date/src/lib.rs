//! Prefixed, checksummed tokens.

mod check;
mod layout;
mod source;

pub use check::verify;
pub use source::{Entropy, OsEntropy};

use std::fmt;

/// An issued token. The buffer is cleared on drop.
pub struct Token(String);

impl Token {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let head: String = self.0.chars().take(8).collect();
        write!(f, "Token({head}…)")
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        // SAFETY: overwriting ASCII bytes with zero bytes keeps the string valid UTF-8.
        unsafe { self.0.as_bytes_mut().iter_mut().for_each(|b| *b = 0) };
    }
}

/// Token generator; cheap to create, not `Sync` (keep one per thread or
/// wrap in a mutex).
pub struct Generator {
    prefix: String,
    source: Box<dyn Entropy + Send>,
    issued: u64,
}

impl Default for Generator {
    fn default() -> Self {
        Generator { prefix: "tk".to_string(), source: source::default_source(), issued: 0 }
    }
}

impl Generator {
    pub fn with_prefix(prefix: &str) -> Self {
        assert!(prefix.chars().all(|c| c.is_ascii_lowercase()) && (2..=8).contains(&prefix.len()));
        Generator { prefix: prefix.to_string(), ..Generator::default() }
    }

    /// Custom entropy source (tests, HSM-backed sources).
    pub fn with_source(prefix: &str, source: Box<dyn Entropy + Send>) -> Self {
        Generator { prefix: prefix.to_string(), source, issued: 0 }
    }

    /// Issue a token for an environment tag such as `live` or `test`.
    pub fn issue(&mut self, env: &str) -> Token {
        let layout = layout::current();
        let mut raw = [0u8; 24];
        let body = layout.fill(&mut raw, self.source.as_mut());
        self.issued += 1;
        let payload = check::base62(body);
        let head = format!("{}_{}_", self.prefix, env);
        let sum = check::crc32(format!("{head}{payload}").as_bytes());
        Token(format!("{head}{payload}{}", check::base62_fixed(sum as u64, 6)))
    }

    pub fn issued(&self) -> u64 {
        self.issued
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_and_verify() {
        let mut g = Generator::default();
        let t = g.issue("test");
        assert!(t.as_str().starts_with("tk_test_"));
        verify(t.as_str()).unwrap();
        assert_ne!(g.issue("test").as_str(), t.as_str());
    }
}
