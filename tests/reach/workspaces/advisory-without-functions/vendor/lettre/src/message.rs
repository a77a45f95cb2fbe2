use crate::{Address, Error};

/// A built email.
#[derive(Debug)]
pub struct Message {
    pub(crate) from: Address,
    pub(crate) to: Vec<Address>,
    pub(crate) subject: String,
    pub(crate) body: String,
}

#[derive(Default)]
pub struct MessageBuilder {
    from: Option<Address>,
    to: Vec<Address>,
    subject: String,
}

impl Message {
    pub fn builder() -> MessageBuilder {
        MessageBuilder::default()
    }

    pub fn formatted(&self) -> Vec<u8> {
        let to: Vec<&str> = self.to.iter().map(|a| a.as_str()).collect();
        format!("From: {}\r\nTo: {}\r\nSubject: {}\r\n\r\n{}",
            self.from.as_str(), to.join(", "), self.subject, self.body).into_bytes()
    }
}

impl MessageBuilder {
    pub fn from(mut self, a: Address) -> Self {
        self.from = Some(a);
        self
    }

    pub fn to(mut self, a: Address) -> Self {
        self.to.push(a);
        self
    }

    pub fn subject<S: Into<String>>(mut self, s: S) -> Self {
        self.subject = s.into();
        self
    }

    pub fn body(self, body: String) -> Result<Message, Error> {
        let from = self.from.ok_or_else(|| Error("missing From".into()))?;
        Ok(Message { from, to: self.to, subject: self.subject, body })
    }
}
