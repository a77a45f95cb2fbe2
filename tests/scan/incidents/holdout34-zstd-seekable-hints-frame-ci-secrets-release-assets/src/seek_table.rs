//! The seek table: a skippable frame (magic 0x184D2A5E) with one entry per frame and a footer.

use std::io::{self, Write};

const SKIPPABLE_MAGIC: u32 = 0x184D_2A5E;
const SEEKABLE_MAGIC: u32 = 0x8F92_EAB1;
const CHECKSUM_FLAG: u8 = 0x80;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub compressed_size: u32,
    pub decompressed_size: u32,
    pub checksum: u32,
}

pub fn write<W: Write>(w: &mut W, entries: &[Entry]) -> io::Result<()> {
    let frame_size = entries.len() * 12 + 9;
    w.write_all(&SKIPPABLE_MAGIC.to_le_bytes())?;
    w.write_all(&(frame_size as u32).to_le_bytes())?;
    for e in entries {
        w.write_all(&e.compressed_size.to_le_bytes())?;
        w.write_all(&e.decompressed_size.to_le_bytes())?;
        w.write_all(&e.checksum.to_le_bytes())?;
    }
    w.write_all(&(entries.len() as u32).to_le_bytes())?;
    w.write_all(&[CHECKSUM_FLAG])?;
    w.write_all(&SEEKABLE_MAGIC.to_le_bytes())
}
