//! SSH wire encoding (RFC 4251 section 5).

use std::io;

pub fn put_string(buf: &mut Vec<u8>, s: &[u8]) {
    buf.extend_from_slice(&(s.len() as u32).to_be_bytes());
    buf.extend_from_slice(s);
}

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

fn short() -> io::Error {
    io::Error::new(io::ErrorKind::UnexpectedEof, "truncated agent message")
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    pub fn byte(&mut self) -> io::Result<u8> {
        let b = *self.data.get(self.pos).ok_or_else(short)?;
        self.pos += 1;
        Ok(b)
    }

    pub fn u32(&mut self) -> io::Result<u32> {
        let b = self.data.get(self.pos..self.pos + 4).ok_or_else(short)?;
        self.pos += 4;
        Ok(u32::from_be_bytes(b.try_into().unwrap()))
    }

    pub fn string(&mut self) -> io::Result<&'a [u8]> {
        let len = self.u32()? as usize;
        let s = self.data.get(self.pos..self.pos + len).ok_or_else(short)?;
        self.pos += len;
        Ok(s)
    }
}
