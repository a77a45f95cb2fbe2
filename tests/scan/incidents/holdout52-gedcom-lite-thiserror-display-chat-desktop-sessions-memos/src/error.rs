use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    BadLevel,
    LevelJump { from: u8, to: u8 },
    MissingTag,
    NoHeader,
}

/// A parse error with a line number and an explanation of the usual cause.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {}", crate::hint::explain(.kind, .line))]
pub struct ParseError {
    pub line: usize,
    pub kind: Kind,
}
