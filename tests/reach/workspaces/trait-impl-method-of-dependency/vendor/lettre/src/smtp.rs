//! Sends emails to an SMTP relay.

use crate::{Error, SendableEmail, Transport};

pub struct SmtpClient {
    server: String,
}

impl SmtpClient {
    pub fn new_unencrypted_localhost() -> Result<SmtpClient, Error> {
        Ok(SmtpClient { server: String::from("localhost:25") })
    }

    pub fn transport(self) -> SmtpTransport {
        SmtpTransport { client: self, sent: 0 }
    }
}

pub struct SmtpTransport {
    client: SmtpClient,
    sent: usize,
}

impl<'a> Transport<'a> for SmtpTransport {
    type Result = Result<usize, Error>;

    /// Before 0.9.6 a crafted address can inject SMTP commands.
    fn send(&mut self, email: SendableEmail) -> Result<usize, Error> {
        if self.client.server.is_empty() {
            return Err(Error::Client(String::from("no server")));
        }
        self.sent += email.message.len();
        Ok(self.sent)
    }
}
