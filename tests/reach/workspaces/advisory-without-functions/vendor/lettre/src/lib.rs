//! Email client (stand-in for lettre 0.11.7).

pub mod address;
pub mod message;
pub mod transport;

pub use address::Address;
pub use message::Message;
pub use transport::smtp::SmtpTransport;
pub use transport::Transport;

/// Errors of this stand-in.
#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}
