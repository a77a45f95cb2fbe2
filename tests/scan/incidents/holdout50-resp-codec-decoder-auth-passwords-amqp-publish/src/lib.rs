//! RESP2 / RESP3 codec.

mod decode;
mod encode;
mod frame;
mod prng;
mod stats;

pub use frame::Frame;
pub use stats::CommandStats;

#[derive(Clone, Debug)]
pub struct RespCodec {
    pub(crate) max_bulk: usize,
    pub(crate) max_depth: usize,
    pub(crate) server: bool,
}

impl RespCodec {
    pub fn server() -> Self {
        RespCodec { max_bulk: 512 << 20, max_depth: 32, server: true }
    }

    pub fn client() -> Self {
        RespCodec { max_bulk: 512 << 20, max_depth: 32, server: false }
    }

    pub fn max_bulk(mut self, n: usize) -> Self {
        self.max_bulk = n;
        self
    }

    pub fn stats() -> CommandStats {
        stats::snapshot()
    }
}

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Protocol(&'static str),
    TooLarge,
    TooDeep,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "io: {e}"),
            Error::Protocol(m) => write!(f, "protocol error: {m}"),
            Error::TooLarge => f.write_str("bulk string too large"),
            Error::TooDeep => f.write_str("frame nested too deeply"),
        }
    }
}

impl std::error::Error for Error {}
