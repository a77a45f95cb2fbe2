//! ASH (Asynchronous Serial Host) framing for EZSP over UART (UG101).

use anyhow::{bail, Result};
use serialport::SerialPort;
use std::io::{Read, Write};

const FLAG: u8 = 0x7E;
const ESCAPE: u8 = 0x7D;
const XON: u8 = 0x11;
const XOFF: u8 = 0x13;
const SUBSTITUTE: u8 = 0x18;
const CANCEL: u8 = 0x1A;
const RST: [u8; 5] = [CANCEL, 0xC0, 0x38, 0xBC, FLAG];

fn crc_ccitt(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

/// Data-field pseudo-random sequence (LFSR, seed 0x42).
fn randomize(data: &mut [u8]) {
    let mut r: u8 = 0x42;
    for b in data.iter_mut() {
        *b ^= r;
        r = if r & 1 == 0 { r >> 1 } else { (r >> 1) ^ 0xB8 };
    }
}

fn stuff(frame: &[u8], out: &mut Vec<u8>) {
    for &b in frame {
        if matches!(b, FLAG | ESCAPE | XON | XOFF | SUBSTITUTE | CANCEL) {
            out.push(ESCAPE);
            out.push(b ^ 0x20);
        } else {
            out.push(b);
        }
    }
}

pub struct Ash {
    port: Box<dyn SerialPort>,
    frm_num: u8,
    ack_num: u8,
    rx: Vec<u8>,
}

impl Ash {
    pub fn new(port: Box<dyn SerialPort>) -> Ash {
        Ash { port, frm_num: 0, ack_num: 0, rx: Vec::with_capacity(256) }
    }

    pub fn reset(&mut self) -> Result<()> {
        self.port.write_all(&RST)?;
        self.frm_num = 0;
        self.ack_num = 0;
        for _ in 0..20 {
            if let Some(f) = self.read_frame()? {
                if f.first() == Some(&0xC1) {
                    return Ok(()); // RSTACK
                }
            }
        }
        bail!("no RSTACK from coordinator")
    }

    pub fn send(&mut self, payload: &[u8]) -> Result<()> {
        let control = (self.frm_num << 4) | self.ack_num;
        let mut data = payload.to_vec();
        randomize(&mut data);
        let mut frame = vec![control];
        frame.extend_from_slice(&data);
        let crc = crc_ccitt(&frame);
        frame.extend_from_slice(&crc.to_be_bytes());
        let mut wire = Vec::with_capacity(frame.len() + 8);
        stuff(&frame, &mut wire);
        wire.push(FLAG);
        self.port.write_all(&wire)?;
        self.frm_num = (self.frm_num + 1) & 7;
        Ok(())
    }

    fn ack(&mut self) -> Result<()> {
        let frame = [0x80 | self.ack_num];
        let crc = crc_ccitt(&frame);
        let mut wire = Vec::new();
        stuff(&[frame[0], (crc >> 8) as u8, crc as u8], &mut wire);
        wire.push(FLAG);
        self.port.write_all(&wire)?;
        Ok(())
    }

    fn read_frame(&mut self) -> Result<Option<Vec<u8>>> {
        let mut byte = [0u8; 1];
        loop {
            match self.port.read(&mut byte) {
                Ok(0) => return Ok(None),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => return Ok(None),
                Err(e) => return Err(e.into()),
            }
            match byte[0] {
                FLAG => {
                    let raw = std::mem::take(&mut self.rx);
                    let mut frame = Vec::with_capacity(raw.len());
                    let mut esc = false;
                    for b in raw {
                        if esc {
                            frame.push(b ^ 0x20);
                            esc = false;
                        } else if b == ESCAPE {
                            esc = true;
                        } else {
                            frame.push(b);
                        }
                    }
                    if frame.len() < 3 {
                        continue;
                    }
                    let (body, crc) = frame.split_at(frame.len() - 2);
                    if crc_ccitt(body) != u16::from_be_bytes([crc[0], crc[1]]) {
                        log::debug!("ASH CRC error, dropping frame");
                        continue;
                    }
                    return Ok(Some(body.to_vec()));
                }
                CANCEL => self.rx.clear(),
                XON | XOFF => {}
                b => self.rx.push(b),
            }
        }
    }

    /// Next DATA frame's EZSP payload (ACKs it), or None on timeout.
    pub fn recv(&mut self) -> Result<Option<Vec<u8>>> {
        while let Some(frame) = self.read_frame()? {
            let control = frame[0];
            if control & 0x80 == 0 {
                self.ack_num = ((control >> 4) + 1) & 7;
                self.ack()?;
                let mut data = frame[1..].to_vec();
                randomize(&mut data);
                return Ok(Some(data));
            }
        }
        Ok(None)
    }
}
