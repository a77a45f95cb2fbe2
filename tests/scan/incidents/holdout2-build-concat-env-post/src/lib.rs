//! Small helpers for defining error types by hand.

#![cfg_attr(error_generic_member_access, feature(error_generic_member_access))]

use std::fmt::{self, Display};

/// An error carrying a message and an optional boxed source.
#[derive(Debug)]
pub struct Message {
    msg: String,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Message {
    pub fn new(msg: impl Into<String>) -> Self {
        Message {
            msg: msg.into(),
            source: None,
        }
    }

    pub fn with_source<E>(mut self, e: E) -> Self
    where
        E: std::error::Error + Send + Sync + 'static,
    {
        self.source = Some(Box::new(e));
        self
    }
}

impl Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for Message {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Return early with a [`Message`].
#[macro_export]
macro_rules! bail {
    ($($arg:tt)*) => {
        return ::core::result::Result::Err($crate::Message::new(format!($($arg)*)).into())
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display() {
        assert_eq!(Message::new("boom").to_string(), "boom");
    }
}
