use std::io::{self, Read, Write};

pub const START1: u8 = 0x94;
pub const START2: u8 = 0xC3;
pub const MAX_LEN: usize = 512;

pub fn write_frame<W: Write>(w: &mut W, payload: &[u8]) -> io::Result<()> {
    let len = payload.len() as u16;
    let mut buf = Vec::with_capacity(payload.len() + 4);
    buf.extend_from_slice(&[START1, START2]);
    buf.extend_from_slice(&len.to_be_bytes());
    buf.extend_from_slice(payload);
    w.write_all(&buf)?;
    w.flush()
}

/// Reads one framed protobuf; bytes outside frames are the node's debug console and are skipped.
pub fn read_frame<R: Read>(r: &mut R) -> io::Result<Vec<u8>> {
    let mut b = [0u8; 1];
    loop {
        r.read_exact(&mut b)?;
        if b[0] != START1 {
            continue;
        }
        r.read_exact(&mut b)?;
        if b[0] != START2 {
            continue;
        }
        let mut l = [0u8; 2];
        r.read_exact(&mut l)?;
        let len = u16::from_be_bytes(l) as usize;
        if len > MAX_LEN {
            continue;
        }
        let mut payload = vec![0u8; len];
        r.read_exact(&mut payload)?;
        return Ok(payload);
    }
}
