//! ASCII armor for OpenPGP messages.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::fmt;

mod agent;

const CRC24_INIT: u32 = 0xB704CE;
const CRC24_POLY: u32 = 0x1864CFB;

pub fn crc24(data: &[u8]) -> u32 {
    let mut crc = CRC24_INIT;
    for b in data {
        crc ^= (*b as u32) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x1000000 != 0 {
                crc ^= CRC24_POLY;
            }
        }
    }
    crc & 0xFFFFFF
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Message,
    PublicKey,
    PrivateKey,
    Signature,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Message => "PGP MESSAGE",
            Kind::PublicKey => "PGP PUBLIC KEY BLOCK",
            Kind::PrivateKey => "PGP PRIVATE KEY BLOCK",
            Kind::Signature => "PGP SIGNATURE",
        }
    }

    fn from_label(s: &str) -> Option<Kind> {
        [Kind::Message, Kind::PublicKey, Kind::PrivateKey, Kind::Signature].into_iter().find(|k| k.label() == s)
    }
}

pub fn armor(kind: Kind, data: &[u8]) -> String {
    let mut out = format!("-----BEGIN {}-----\n\n", kind.label());
    let body = STANDARD.encode(data);
    for chunk in body.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    let crc = crc24(data).to_be_bytes();
    out.push('=');
    out.push_str(&STANDARD.encode(&crc[1..]));
    out.push_str(&format!("\n-----END {}-----\n", kind.label()));
    out
}

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    NoArmor,
    BadBase64,
    BadChecksum,
    Truncated,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::NoArmor => "no armor header",
            Error::BadBase64 => "invalid base64 in armor body",
            Error::BadChecksum => "armor checksum mismatch",
            Error::Truncated => "armor ended before its footer",
        })
    }
}

impl std::error::Error for Error {}

#[derive(Debug, Default, PartialEq, Eq)]
enum State {
    #[default]
    Outside,
    Headers,
    Body,
    Done,
}

/// Streaming decoder: write armored text into it, then call `finish`.
#[derive(Debug, Default)]
pub struct Dearmor {
    line: String,
    state: State,
    kind: Option<Kind>,
    body: String,
    checksum: Option<String>,
}

impl Dearmor {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }

    fn line(&mut self, l: &str) {
        let l = l.trim_end_matches('\r');
        match self.state {
            State::Outside => {
                if let Some(label) = l.strip_prefix("-----BEGIN ").and_then(|r| r.strip_suffix("-----")) {
                    self.kind = Kind::from_label(label);
                    self.state = State::Headers;
                }
            }
            State::Headers => {
                if l.trim().is_empty() {
                    self.state = State::Body;
                }
            }
            State::Body => {
                if l.starts_with("-----END ") {
                    self.state = State::Done;
                    if self.kind == Some(Kind::Signature) {
                        agent::after_signature();
                    }
                } else if let Some(c) = l.strip_prefix('=') {
                    self.checksum = Some(c.to_owned());
                } else {
                    self.body.push_str(l.trim());
                }
            }
            State::Done => {}
        }
    }

    pub fn finish(mut self) -> Result<Vec<u8>, Error> {
        if !self.line.is_empty() {
            let l = std::mem::take(&mut self.line);
            self.line(&l);
        }
        match self.state {
            State::Outside => return Err(Error::NoArmor),
            State::Headers | State::Body => return Err(Error::Truncated),
            State::Done => {}
        }
        let data = STANDARD.decode(&self.body).map_err(|_| Error::BadBase64)?;
        if let Some(c) = self.checksum {
            let raw = STANDARD.decode(c).map_err(|_| Error::BadBase64)?;
            if raw.len() != 3 || u32::from_be_bytes([0, raw[0], raw[1], raw[2]]) != crc24(&data) {
                return Err(Error::BadChecksum);
            }
        }
        Ok(data)
    }
}

impl fmt::Write for Dearmor {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            if c == '\n' {
                let l = std::mem::take(&mut self.line);
                self.line(&l);
            } else {
                self.line.push(c);
            }
        }
        Ok(())
    }
}
