//! NEC pulse-distance protocol: 9 ms mark + 4.5 ms space, 32 bits LSB first (562 us mark, then
//! 562 us space for 0 or 1687 us for 1), stop mark. A repeat is 9 ms + 2.25 ms + stop mark.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample {
    Pulse(u32),
    Space(u32),
    Timeout,
}

impl Sample {
    /// LIRC mode2 word: mode in the top byte, microseconds in the low 24 bits.
    pub fn from_mode2(w: u32) -> Sample {
        let v = w & 0x00ff_ffff;
        match w >> 24 {
            0x01 => Sample::Pulse(v),
            0x00 => Sample::Space(v),
            _ => Sample::Timeout,
        }
    }

    /// `ir-ctl -r` text form: `+562` is a mark, `-1687` a space.
    pub fn parse(tok: &str) -> Option<Sample> {
        let (sign, num) = tok.split_at(1);
        let v = num.parse().ok()?;
        match sign {
            "+" => Some(Sample::Pulse(v)),
            "-" => Some(Sample::Space(v)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    Data([u8; 4]),
    Repeat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Idle,
    LeaderMark,
    BitMark,
    BitSpace,
    RepeatTail,
}

#[derive(Debug, Clone)]
pub struct Machine {
    state: State,
    bits: u32,
    count: u8,
    /// allowed deviation, percent
    pub tolerance: u32,
}

impl Default for Machine {
    fn default() -> Self {
        Machine { state: State::Idle, bits: 0, count: 0, tolerance: 25 }
    }
}

impl Machine {
    fn near(&self, v: u32, nominal: u32) -> bool {
        let d = nominal * self.tolerance / 100;
        v + d >= nominal && v <= nominal + d
    }

    pub fn feed(&mut self, s: Sample) -> Option<Frame> {
        use State::*;
        match (self.state, s) {
            (Idle, Sample::Pulse(v)) if self.near(v, 9000) => self.state = LeaderMark,
            (LeaderMark, Sample::Space(v)) if self.near(v, 4500) => {
                self.state = BitMark;
                self.bits = 0;
                self.count = 0;
            }
            (LeaderMark, Sample::Space(v)) if self.near(v, 2250) => self.state = RepeatTail,
            (RepeatTail, Sample::Pulse(v)) if self.near(v, 562) => {
                self.state = Idle;
                return Some(Frame::Repeat);
            }
            (BitMark, Sample::Pulse(v)) if self.near(v, 562) => {
                if self.count == 32 {
                    self.state = Idle;
                    return Some(Frame::Data(self.bits.to_le_bytes()));
                }
                self.state = BitSpace;
            }
            (BitSpace, Sample::Space(v)) if self.near(v, 562) || self.near(v, 1687) => {
                if self.near(v, 1687) {
                    self.bits |= 1 << self.count;
                }
                self.count += 1;
                self.state = BitMark;
            }
            _ => self.state = Idle,
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_repeat() {
        let mut m = Machine::default();
        assert_eq!(m.feed(Sample::Pulse(9010)), None);
        assert_eq!(m.feed(Sample::Space(2240)), None);
        assert_eq!(m.feed(Sample::Pulse(560)), Some(Frame::Repeat));
    }
}
