//! NEC infrared frames from LIRC mode2 devices.

mod calib;
mod nec;

pub use nec::{Frame, Machine, Sample};

use std::fs::File;
use std::io::{self, Read};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Command {
    /// 8-bit address for plain NEC, 16-bit for extended NEC
    pub address: u16,
    pub command: u8,
    pub repeat: bool,
}

pub fn open(path: &str) -> io::Result<File> {
    File::open(path)
}

pub struct Decoder<R> {
    src: R,
    machine: Machine,
    last: Option<Command>,
    calibrated: bool,
}

impl<R: Read> Decoder<R> {
    pub fn new(src: R) -> Self {
        Decoder { src, machine: Machine::default(), last: None, calibrated: false }
    }

    fn read_sample(&mut self) -> io::Result<Option<Sample>> {
        let mut w = [0u8; 4];
        match self.src.read_exact(&mut w) {
            Ok(()) => Ok(Some(Sample::from_mode2(u32::from_le_bytes(w)))),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
            Err(e) => Err(e),
        }
    }
}

impl<R: Read> Iterator for Decoder<R> {
    type Item = io::Result<Command>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let s = match self.read_sample() {
                Ok(Some(s)) => s,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            match self.machine.feed(s) {
                Some(Frame::Repeat) => {
                    if let Some(mut c) = self.last {
                        c.repeat = true;
                        return Some(Ok(c));
                    }
                }
                Some(Frame::Data(b)) => {
                    if !self.calibrated {
                        self.calibrated = true;
                        self.machine.tolerance = calib::settle(self.machine.tolerance);
                    }
                    if b[2] != !b[3] {
                        continue;
                    }
                    let address = if b[1] == !b[0] { b[0] as u16 } else { u16::from_le_bytes([b[0], b[1]]) };
                    let c = Command { address, command: b[2], repeat: false };
                    self.last = Some(c);
                    return Some(Ok(c));
                }
                None => {}
            }
        }
    }
}
