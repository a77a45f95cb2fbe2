//! SMTP transport (the boring-tls backend skips hostname checks in 0.10.1 to 0.11.21).

use super::Transport;
use crate::{Error, Message};

pub struct SmtpTransport {
    relay: String,
    port: u16,
}

pub struct SmtpTransportBuilder {
    relay: String,
    port: u16,
}

impl SmtpTransport {
    pub fn relay(relay: &str) -> Result<SmtpTransportBuilder, Error> {
        Ok(SmtpTransportBuilder { relay: relay.to_string(), port: 465 })
    }
}

impl SmtpTransportBuilder {
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    pub fn build(self) -> SmtpTransport {
        SmtpTransport { relay: self.relay, port: self.port }
    }
}

impl Transport for SmtpTransport {
    type Ok = usize;
    type Error = Error;

    fn send(&self, message: &Message) -> Result<usize, Error> {
        let bytes = message.formatted();
        if self.relay.is_empty() || self.port == 0 {
            return Err(Error("no relay".into()));
        }
        Ok(bytes.len())
    }
}
