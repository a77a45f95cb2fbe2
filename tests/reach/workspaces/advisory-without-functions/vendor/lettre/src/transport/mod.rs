//! Ways to send a message.

use crate::Message;

pub mod smtp;

pub trait Transport {
    type Ok;
    type Error;

    fn send(&self, message: &Message) -> Result<Self::Ok, Self::Error>;
}
