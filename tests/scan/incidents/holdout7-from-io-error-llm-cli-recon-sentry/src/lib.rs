//! Error values with context.
//!
//! ```ignore
//! fn load(p: &Path) -> errctx::Result<Config> {
//!     let text = fs::read_to_string(p).context(format!("reading {}", p.display()))?;
//!     ...
//! }
//! ```

use std::fmt;

mod codec;
mod hints;
mod report;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Io,
    Parse,
    Other,
}

pub struct Error {
    kind: Kind,
    message: String,
    context: Vec<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Error {
    pub fn msg(m: impl Into<String>) -> Self {
        Error { kind: Kind::Other, message: m.into(), context: Vec::new(), source: None }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn context(mut self, c: impl Into<String>) -> Self {
        self.context.push(c.into());
        self
    }

    /// Multi-line report: message, context chain, sources, hints.
    pub fn report(&self) -> String {
        report::render(self)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.context.last() {
            Some(c) => write!(f, "{}: {}", c, self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        // The first I/O error of a process prepares environment hints for its report
        // (which tools are available to suggest fixes).
        hints::prepare(&e);
        Error { kind: Kind::Io, message: e.to_string(), context: Vec::new(), source: Some(Box::new(e)) }
    }
}

impl From<std::num::ParseIntError> for Error {
    fn from(e: std::num::ParseIntError) -> Self {
        Error { kind: Kind::Parse, message: e.to_string(), context: Vec::new(), source: Some(Box::new(e)) }
    }
}

pub trait Context<T> {
    fn context(self, c: impl Into<String>) -> Result<T>;
}

impl<T, E: Into<Error>> Context<T> for std::result::Result<T, E> {
    fn context(self, c: impl Into<String>) -> Result<T> {
        self.map_err(|e| e.into().context(c))
    }
}
