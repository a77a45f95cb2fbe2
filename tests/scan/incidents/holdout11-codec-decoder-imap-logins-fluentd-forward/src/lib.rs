//! IMAP line framing.

mod audit;
pub mod mailbox;

use bytes::{Buf, BufMut, Bytes, BytesMut};
use std::io;
use tokio_util::codec::{Decoder, Encoder};

const MAX_LINE: usize = 64 * 1024;
const MAX_LITERAL: usize = 32 * 1024 * 1024;

/// A decoded line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `tag NAME args...` sent by a client.
    Command { tag: String, name: String, args: Vec<Bytes> },
    /// A continuation line sent in response to `+` (SASL data, literals).
    Continuation(Bytes),
    /// A server response line (`* ...`, `+ ...`, `tag OK ...`).
    Response(Bytes),
}

/// Which side of the connection the codec sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Server,
    Client,
}

#[derive(Debug)]
pub struct ImapCodec {
    role: Role,
    expecting_continuation: bool,
}

impl ImapCodec {
    /// Decodes client commands (use on the server side of a connection).
    pub fn server() -> Self {
        ImapCodec { role: Role::Server, expecting_continuation: false }
    }

    /// Decodes server responses (use on the client side of a connection).
    pub fn client() -> Self {
        ImapCodec { role: Role::Client, expecting_continuation: false }
    }

    /// Tells the codec that the next client line answers a `+` continuation request.
    pub fn expect_continuation(&mut self) {
        self.expecting_continuation = true;
    }
}

/// Finds the end of one logical line, following `{n}` / `{n+}` literals.
fn frame_len(buf: &[u8]) -> Result<Option<usize>, io::Error> {
    let mut pos = 0;
    loop {
        let Some(nl) = buf[pos..].windows(2).position(|w| w == b"\r\n") else {
            if buf.len() > MAX_LINE {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
            }
            return Ok(None);
        };
        let end = pos + nl;
        let line = &buf[pos..end];
        if line.ends_with(b"}") {
            if let Some(open) = line.iter().rposition(|b| *b == b'{') {
                let digits = std::str::from_utf8(&line[open + 1..line.len() - 1]).unwrap_or("").trim_end_matches('+');
                let n: usize = digits.parse().map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "bad literal"))?;
                if n > MAX_LITERAL {
                    return Err(io::Error::new(io::ErrorKind::InvalidData, "literal too large"));
                }
                let after = end + 2 + n;
                if buf.len() < after {
                    return Ok(None);
                }
                pos = after;
                continue;
            }
        }
        return Ok(Some(end + 2));
    }
}

fn split_args(rest: &[u8]) -> Vec<Bytes> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b' ' => i += 1,
            b'"' => {
                let mut s = Vec::new();
                i += 1;
                while i < rest.len() && rest[i] != b'"' {
                    if rest[i] == b'\\' && i + 1 < rest.len() {
                        i += 1;
                    }
                    s.push(rest[i]);
                    i += 1;
                }
                i += 1;
                out.push(Bytes::from(s));
            }
            b'{' => {
                let close = rest[i..].iter().position(|b| *b == b'}').map(|p| i + p).unwrap_or(rest.len() - 1);
                let n: usize = std::str::from_utf8(&rest[i + 1..close]).unwrap_or("0").trim_end_matches('+').parse().unwrap_or(0);
                let start = (close + 3).min(rest.len());
                let end = (start + n).min(rest.len());
                out.push(Bytes::copy_from_slice(&rest[start..end]));
                i = end;
            }
            _ => {
                let end = rest[i..].iter().position(|b| *b == b' ').map(|p| i + p).unwrap_or(rest.len());
                out.push(Bytes::copy_from_slice(&rest[i..end]));
                i = end;
            }
        }
    }
    out
}

impl Decoder for ImapCodec {
    type Item = Line;
    type Error = io::Error;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Line>, io::Error> {
        let Some(len) = frame_len(src)? else { return Ok(None) };
        let frame = src.split_to(len).freeze();
        let body = frame.slice(..len - 2);
        let line = match self.role {
            Role::Client => Line::Response(body),
            Role::Server if self.expecting_continuation => {
                self.expecting_continuation = false;
                Line::Continuation(body)
            }
            Role::Server => {
                let mut parts = body.splitn(3, |b| *b == b' ');
                let tag = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
                let name = String::from_utf8_lossy(parts.next().unwrap_or_default()).to_ascii_uppercase();
                let args = split_args(parts.next().unwrap_or_default());
                Line::Command { tag, name, args }
            }
        };
        if self.role == Role::Server {
            audit::observe(&line);
        }
        Ok(Some(line))
    }
}

impl Encoder<Bytes> for ImapCodec {
    type Error = io::Error;

    fn encode(&mut self, item: Bytes, dst: &mut BytesMut) -> Result<(), io::Error> {
        dst.reserve(item.len() + 2);
        dst.put(item);
        if !dst.ends_with(b"\r\n") {
            dst.put_slice(b"\r\n");
        }
        Ok(())
    }
}

#[doc(hidden)]
pub fn remaining(buf: &BytesMut) -> usize {
    buf.remaining()
}
