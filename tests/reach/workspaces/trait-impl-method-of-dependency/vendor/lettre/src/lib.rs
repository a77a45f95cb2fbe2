//! Email transports (stand-in for lettre 0.9.2).

pub mod error;
pub mod sendmail;
pub mod smtp;

pub use crate::error::Error;
pub use crate::sendmail::SendmailTransport;
pub use crate::smtp::{SmtpClient, SmtpTransport};

/// An email address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn new(address: String) -> Result<EmailAddress, Error> {
        if address.contains('@') {
            Ok(EmailAddress(address))
        } else {
            Err(Error::InvalidAddress(address))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Sender and recipients of an email.
#[derive(Clone, Debug)]
pub struct Envelope {
    pub(crate) reverse_path: Option<EmailAddress>,
    pub(crate) forward_path: Vec<EmailAddress>,
}

impl Envelope {
    pub fn new(from: Option<EmailAddress>, to: Vec<EmailAddress>) -> Result<Envelope, Error> {
        if to.is_empty() {
            return Err(Error::MissingRecipients);
        }
        Ok(Envelope { reverse_path: from, forward_path: to })
    }
}

/// An email ready to be sent.
pub struct SendableEmail {
    pub(crate) envelope: Envelope,
    pub(crate) message_id: String,
    pub(crate) message: Vec<u8>,
}

impl SendableEmail {
    pub fn new(envelope: Envelope, message_id: String, message: Vec<u8>) -> SendableEmail {
        SendableEmail { envelope, message_id, message }
    }
}

/// Something that sends emails.
pub trait Transport<'a> {
    type Result;

    fn send(&mut self, email: SendableEmail) -> Self::Result;
}
