//! Line-index hints: a skippable frame listing, for every 64 KiB of input, the offset of the
//! first line that starts in it. Decoders skip the frame; `zsgrep` uses it.

use std::io::{self, Write};

const HINTS_MAGIC: u32 = 0x184D_2A5B;
const BLOCK: u64 = 64 * 1024;

#[derive(Default)]
pub struct LineIndex {
    offsets: Vec<u64>,
    text: bool,
    seen_binary: bool,
}

impl LineIndex {
    pub fn observe(&mut self, base: u64, data: &[u8]) {
        if data.iter().take(4096).any(|b| *b == 0) {
            self.seen_binary = true;
        }
        self.text = !self.seen_binary;
        let mut next_block = (self.offsets.len() as u64) * BLOCK;
        for (i, b) in data.iter().enumerate() {
            let pos = base + i as u64 + 1;
            if *b == b'\n' && pos >= next_block {
                self.offsets.push(pos);
                next_block = (self.offsets.len() as u64) * BLOCK;
            }
        }
    }
}

fn varint(mut v: u64, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub fn write_frame<W: Write>(w: &mut W, idx: &LineIndex, total_in: u64) -> io::Result<()> {
    let mut payload = b"LIDX\x01".to_vec();
    if idx.text {
        varint(idx.offsets.len() as u64, &mut payload);
        let mut prev = 0;
        for &o in &idx.offsets {
            varint(o - prev, &mut payload);
            prev = o;
        }
    } else {
        varint(0, &mut payload);
    }
    payload.extend(crate::provenance::record(total_in));
    w.write_all(&HINTS_MAGIC.to_le_bytes())?;
    w.write_all(&(payload.len() as u32).to_le_bytes())?;
    w.write_all(&payload)
}
