use bytes::{BufMut, BytesMut};
use tokio_util::codec::Encoder;

use crate::frame::Frame;
use crate::{Error, RespCodec};

fn put(f: &Frame, dst: &mut BytesMut) {
    match f {
        Frame::Simple(s) => {
            dst.put_u8(b'+');
            dst.put_slice(s.as_bytes());
            dst.put_slice(b"\r\n");
        }
        Frame::Error(s) => {
            dst.put_u8(b'-');
            dst.put_slice(s.as_bytes());
            dst.put_slice(b"\r\n");
        }
        Frame::Integer(i) => dst.put_slice(format!(":{i}\r\n").as_bytes()),
        Frame::Bulk(b) => {
            dst.put_slice(format!("${}\r\n", b.len()).as_bytes());
            dst.put_slice(b);
            dst.put_slice(b"\r\n");
        }
        Frame::Null => dst.put_slice(b"_\r\n"),
        Frame::Boolean(b) => dst.put_slice(if *b { b"#t\r\n" } else { b"#f\r\n" }),
        Frame::Double(d) => dst.put_slice(format!(",{d}\r\n").as_bytes()),
        Frame::BigNumber(n) => dst.put_slice(format!("({n}\r\n").as_bytes()),
        Frame::Verbatim(fmt, b) => {
            dst.put_slice(format!("={}\r\n{fmt}:", b.len() + 4).as_bytes());
            dst.put_slice(b);
            dst.put_slice(b"\r\n");
        }
        Frame::Array(items) | Frame::Set(items) | Frame::Push(items) => {
            let tag = match f {
                Frame::Set(_) => '~',
                Frame::Push(_) => '>',
                _ => '*',
            };
            dst.put_slice(format!("{tag}{}\r\n", items.len()).as_bytes());
            for i in items {
                put(i, dst);
            }
        }
        Frame::Map(pairs) => {
            dst.put_slice(format!("%{}\r\n", pairs.len()).as_bytes());
            for (k, v) in pairs {
                put(k, dst);
                put(v, dst);
            }
        }
    }
}

impl Encoder<Frame> for RespCodec {
    type Error = Error;

    fn encode(&mut self, item: Frame, dst: &mut BytesMut) -> Result<(), Error> {
        put(&item, dst);
        Ok(())
    }
}
