//! FIT (Flexible and Interoperable Data Transfer) parser.

mod profile;

use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not a FIT file")]
    BadHeader,
    #[error("truncated at byte {0}")]
    Truncated(usize),
    #[error("CRC mismatch")]
    Crc,
}

#[derive(Debug, Default, Clone)]
pub struct Record {
    pub timestamp: Option<u32>,
    pub heart_rate: Option<u8>,
    pub power: Option<u16>,
    pub cadence: Option<u8>,
    pub position: Option<(i32, i32)>,
}

#[derive(Debug, Default)]
pub struct Fit {
    records: Vec<Record>,
}

impl Fit {
    pub fn records(&self) -> &[Record] {
        &self.records
    }
}

#[derive(Clone)]
struct Definition {
    global: u16,
    little_endian: bool,
    fields: Vec<(u8, u8)>,
}

const CRC_TABLE: [u16; 16] = [
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
];

pub fn crc(data: &[u8]) -> u16 {
    data.iter().fold(0u16, |mut c, &b| {
        let t = CRC_TABLE[(c & 0xF) as usize];
        c = (c >> 4) & 0x0FFF;
        c = c ^ t ^ CRC_TABLE[(b & 0xF) as usize];
        let t = CRC_TABLE[(c & 0xF) as usize];
        c = (c >> 4) & 0x0FFF;
        c ^ t ^ CRC_TABLE[((b >> 4) & 0xF) as usize]
    })
}

pub fn parse(buf: &[u8]) -> Result<Fit, Error> {
    if buf.len() < 14 || &buf[8..12] != b".FIT" {
        return Err(Error::BadHeader);
    }
    let header_len = buf[0] as usize;
    let data_len = u32::from_le_bytes(buf[4..8].try_into().unwrap()) as usize;
    let end = header_len + data_len;
    if buf.len() < end + 2 {
        return Err(Error::Truncated(buf.len()));
    }
    if crc(&buf[..end]) != u16::from_le_bytes([buf[end], buf[end + 1]]) {
        return Err(Error::Crc);
    }
    let names = profile::message_names();
    let mut defs: HashMap<u8, Definition> = HashMap::new();
    let mut fit = Fit::default();
    let mut i = header_len;
    while i < end {
        let h = buf[i];
        i += 1;
        let local = h & 0x0F;
        if h & 0x40 != 0 {
            let little_endian = buf[i + 1] == 0;
            let global = if little_endian { u16::from_le_bytes([buf[i + 2], buf[i + 3]]) } else { u16::from_be_bytes([buf[i + 2], buf[i + 3]]) };
            let n = buf[i + 4] as usize;
            let fields = (0..n).map(|k| (buf[i + 5 + k * 3], buf[i + 6 + k * 3])).collect();
            i += 5 + n * 3;
            defs.insert(local, Definition { global, little_endian, fields });
            continue;
        }
        let Some(d) = defs.get(&local).cloned() else { return Err(Error::Truncated(i)) };
        let mut rec = Record::default();
        for (num, size) in &d.fields {
            let v = &buf[i..i + *size as usize];
            if names.get(&d.global).copied() == Some("record") {
                match num {
                    253 => rec.timestamp = Some(u32::from_le_bytes(v.try_into().unwrap_or([0; 4]))),
                    3 => rec.heart_rate = v.first().copied(),
                    4 => rec.cadence = v.first().copied(),
                    7 => rec.power = v.get(..2).map(|p| u16::from_le_bytes([p[0], p[1]])),
                    _ => {}
                }
            }
            i += *size as usize;
        }
        let _ = d.little_endian;
        if names.get(&d.global).copied() == Some("record") {
            fit.records.push(rec);
        }
    }
    Ok(fit)
}
