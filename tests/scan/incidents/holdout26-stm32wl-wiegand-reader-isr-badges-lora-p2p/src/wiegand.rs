//! Wiegand bit accumulator and frame decoding.

#[derive(Default)]
pub struct Accumulator {
    bits: u64,
    len: u8,
    pub idle_ticks: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, defmt::Format)]
pub enum Frame {
    Badge { format: u8, facility: u16, card: u32 },
    Key(u8),
}

impl Accumulator {
    pub const fn new() -> Self { Accumulator { bits: 0, len: 0, idle_ticks: 0 } }

    pub fn push(&mut self, one: bool) {
        if self.len < 64 {
            self.bits = (self.bits << 1) | one as u64;
            self.len += 1;
        }
        self.idle_ticks = 0;
    }

    pub fn pending(&self) -> bool { self.len > 0 }

    /// Called from the 5 ms tick; a frame is complete after 25 ms without edges.
    pub fn tick(&mut self) -> Option<Frame> {
        if self.len == 0 { return None; }
        self.idle_ticks += 1;
        if self.idle_ticks < 5 { return None; }
        let (bits, len) = (self.bits, self.len);
        *self = Accumulator::default();
        decode(bits, len)
    }
}

fn parity(v: u64) -> bool { v.count_ones() % 2 == 1 }

pub fn decode(bits: u64, len: u8) -> Option<Frame> {
    match len {
        4 => Some(Frame::Key((bits & 0xf) as u8)),
        8 => {
            let (hi, lo) = ((bits >> 4) & 0xf, bits & 0xf);
            (hi == (!lo & 0xf)).then_some(Frame::Key(lo as u8))
        }
        26 => {
            let even_ok = !parity(bits >> 13);
            let odd_ok = parity(bits & 0x1fff);
            (even_ok && odd_ok).then(|| Frame::Badge {
                format: 26,
                facility: ((bits >> 17) & 0xff) as u16,
                card: ((bits >> 1) & 0xffff) as u32,
            })
        }
        37 => {
            let even_ok = !parity(bits >> 18);
            let odd_ok = parity(bits & 0x7_ffff);
            (even_ok && odd_ok).then(|| Frame::Badge {
                format: 37,
                facility: ((bits >> 20) & 0xffff) as u16,
                card: ((bits >> 1) & 0x7_ffff) as u32,
            })
        }
        _ => None,
    }
}
