use bytes::Bytes;

#[derive(Clone, Debug, PartialEq)]
pub enum Frame {
    Simple(String),
    Error(String),
    Integer(i64),
    Bulk(Bytes),
    Null,
    Array(Vec<Frame>),
    Map(Vec<(Frame, Frame)>),
    Set(Vec<Frame>),
    Double(f64),
    Boolean(bool),
    BigNumber(String),
    Verbatim(String, Bytes),
    Push(Vec<Frame>),
}

impl Frame {
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Frame::Bulk(b) => Some(b),
            Frame::Simple(s) => Some(s.as_bytes()),
            _ => None,
        }
    }

    /// Upper-cased command name of a request frame.
    pub fn command(&self) -> Option<String> {
        match self {
            Frame::Array(items) => items.first()?.as_bytes().map(|b| String::from_utf8_lossy(b).to_ascii_uppercase()),
            _ => None,
        }
    }
}
