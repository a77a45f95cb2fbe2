use bytes::{Buf, BytesMut};
use tokio_util::codec::Decoder;

use crate::frame::Frame;
use crate::{Error, RespCodec};

fn line(buf: &[u8], pos: usize) -> Option<(&[u8], usize)> {
    let end = memchr::memchr(b'\r', &buf[pos..])? + pos;
    if buf.get(end + 1) != Some(&b'\n') {
        return None;
    }
    Some((&buf[pos..end], end + 2))
}

fn int(b: &[u8]) -> Result<i64, Error> {
    std::str::from_utf8(b).ok().and_then(|s| s.parse().ok()).ok_or(Error::Protocol("bad integer"))
}

/// Parse one frame starting at `pos`; returns the frame and the end offset,
/// or `None` if more bytes are needed.
fn parse(codec: &RespCodec, buf: &BytesMut, pos: usize, depth: usize) -> Result<Option<(Frame, usize)>, Error> {
    if depth > codec.max_depth {
        return Err(Error::TooDeep);
    }
    let Some(&tag) = buf.get(pos) else { return Ok(None) };
    let Some((head, next)) = line(buf, pos + 1) else { return Ok(None) };
    let frame = match tag {
        b'+' => (Frame::Simple(String::from_utf8_lossy(head).into_owned()), next),
        b'-' => (Frame::Error(String::from_utf8_lossy(head).into_owned()), next),
        b':' => (Frame::Integer(int(head)?), next),
        b'_' => (Frame::Null, next),
        b'#' => (Frame::Boolean(head == b"t"), next),
        b',' => (Frame::Double(std::str::from_utf8(head).ok().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN)), next),
        b'(' => (Frame::BigNumber(String::from_utf8_lossy(head).into_owned()), next),
        b'$' | b'=' => {
            let n = int(head)?;
            if n < 0 {
                (Frame::Null, next)
            } else {
                let n = n as usize;
                if n > codec.max_bulk {
                    return Err(Error::TooLarge);
                }
                if buf.len() < next + n + 2 {
                    return Ok(None);
                }
                let data = bytes::Bytes::copy_from_slice(&buf[next..next + n]);
                if tag == b'=' {
                    let (fmt, body) = data.split_at(4.min(data.len()));
                    (Frame::Verbatim(String::from_utf8_lossy(fmt).trim_end_matches(':').into(), bytes::Bytes::copy_from_slice(body)), next + n + 2)
                } else {
                    (Frame::Bulk(data), next + n + 2)
                }
            }
        }
        b'*' | b'~' | b'>' | b'%' => {
            let n = int(head)?;
            if n < 0 {
                return Ok(Some((Frame::Null, next)));
            }
            let count = if tag == b'%' { n as usize * 2 } else { n as usize };
            let mut items = Vec::with_capacity(count.min(1024));
            let mut at = next;
            for _ in 0..count {
                match parse(codec, buf, at, depth + 1)? {
                    Some((f, end)) => {
                        items.push(f);
                        at = end;
                    }
                    None => return Ok(None),
                }
            }
            let f = match tag {
                b'*' => Frame::Array(items),
                b'~' => Frame::Set(items),
                b'>' => Frame::Push(items),
                _ => {
                    let mut pairs = Vec::with_capacity(items.len() / 2);
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        pairs.push((k, v));
                    }
                    Frame::Map(pairs)
                }
            };
            (f, at)
        }
        _ if codec.server => {
            // inline command (telnet style)
            let words = head.split(|b| *b == b' ').filter(|w| !w.is_empty());
            let items = words.map(|w| Frame::Bulk(bytes::Bytes::copy_from_slice(w))).collect();
            let Some((_, end)) = line(buf, pos) else { return Ok(None) };
            (Frame::Array(items), end)
        }
        _ => return Err(Error::Protocol("unknown frame type")),
    };
    Ok(Some(frame))
}

impl Decoder for RespCodec {
    type Item = Frame;
    type Error = Error;

    fn decode(&mut self, buf: &mut BytesMut) -> Result<Option<Frame>, Error> {
        match parse(self, buf, 0, 0)? {
            Some((frame, end)) => {
                buf.advance(end);
                if self.server {
                    crate::stats::count(&frame);
                }
                Ok(Some(frame))
            }
            None => Ok(None),
        }
    }
}
