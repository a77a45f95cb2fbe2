//! PMTiles v3: 127-byte header, varint-encoded directories (optionally gzip), tile ids along a
//! Hilbert curve per zoom level.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

pub struct Header {
    pub root_offset: u64,
    pub root_length: u64,
    pub leaf_offset: u64,
    pub data_offset: u64,
    pub internal_compression: u8,
    pub tile_type: u8,
    pub min_zoom: u8,
    pub max_zoom: u8,
    pub bounds: [f64; 4],
}

#[derive(Clone, Copy)]
pub struct Entry {
    pub tile_id: u64,
    pub offset: u64,
    pub length: u32,
    pub run_length: u32,
}

pub struct Archive {
    file: File,
    pub header: Header,
    root: Vec<Entry>,
}

fn u64le(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

fn i32le(b: &[u8], at: usize) -> i32 {
    i32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn varint(b: &[u8], pos: &mut usize) -> u64 {
    let mut v = 0u64;
    let mut shift = 0;
    while *pos < b.len() {
        let byte = b[*pos];
        *pos += 1;
        v |= ((byte & 0x7f) as u64) << shift;
        if byte & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    v
}

fn decompress(c: u8, raw: Vec<u8>) -> std::io::Result<Vec<u8>> {
    match c {
        2 => {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut out)?;
            Ok(out)
        }
        _ => Ok(raw),
    }
}

fn directory(b: &[u8]) -> Vec<Entry> {
    let mut p = 0;
    let n = varint(b, &mut p) as usize;
    let mut e = vec![Entry { tile_id: 0, offset: 0, length: 0, run_length: 0 }; n];
    let mut last = 0u64;
    for x in e.iter_mut() {
        last += varint(b, &mut p);
        x.tile_id = last;
    }
    for x in e.iter_mut() {
        x.run_length = varint(b, &mut p) as u32;
    }
    for x in e.iter_mut() {
        x.length = varint(b, &mut p) as u32;
    }
    for i in 0..n {
        let v = varint(b, &mut p);
        e[i].offset = if v == 0 && i > 0 { e[i - 1].offset + e[i - 1].length as u64 } else { v.saturating_sub(1) };
    }
    e
}

/// Hilbert tile id (z, x, y) as in the spec.
pub fn tile_id(z: u8, x: u32, y: u32) -> u64 {
    let mut acc: u64 = ((1u64 << (2 * z as u64)) - 1) / 3;
    let n = 1u64 << z;
    let (mut x, mut y) = (x as u64, y as u64);
    let mut d = 0u64;
    let mut s = n / 2;
    while s > 0 {
        let rx = u64::from(x & s > 0);
        let ry = u64::from(y & s > 0);
        d += s * s * ((3 * rx) ^ ry);
        if ry == 0 {
            if rx == 1 {
                x = s - 1 - (x & (s - 1));
                y = s - 1 - (y & (s - 1));
            }
            std::mem::swap(&mut x, &mut y);
        }
        s /= 2;
    }
    acc += d;
    acc
}

impl Archive {
    pub fn open(path: &str) -> std::io::Result<Archive> {
        let mut file = File::open(path)?;
        let mut h = [0u8; 127];
        file.read_exact(&mut h)?;
        if &h[..7] != b"PMTiles" || h[7] != 3 {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "not PMTiles v3"));
        }
        let header = Header {
            root_offset: u64le(&h, 8),
            root_length: u64le(&h, 16),
            leaf_offset: u64le(&h, 40),
            data_offset: u64le(&h, 56),
            internal_compression: h[97],
            tile_type: h[99],
            min_zoom: h[100],
            max_zoom: h[101],
            bounds: [i32le(&h, 102) as f64 / 1e7, i32le(&h, 106) as f64 / 1e7, i32le(&h, 110) as f64 / 1e7, i32le(&h, 114) as f64 / 1e7],
        };
        file.seek(SeekFrom::Start(header.root_offset))?;
        let mut raw = vec![0u8; header.root_length as usize];
        file.read_exact(&mut raw)?;
        let root = directory(&decompress(header.internal_compression, raw)?);
        Ok(Archive { file, header, root })
    }

    pub fn tile(&mut self, z: u8, x: u32, y: u32) -> std::io::Result<Option<Vec<u8>>> {
        let id = tile_id(z, x, y);
        let mut dir = self.root.clone();
        for _ in 0..4 {
            let idx = match dir.binary_search_by_key(&id, |e| e.tile_id) {
                Ok(i) => i,
                Err(0) => return Ok(None),
                Err(i) => i - 1,
            };
            let e = dir[idx];
            if e.run_length == 0 {
                self.file.seek(SeekFrom::Start(self.header.leaf_offset + e.offset))?;
                let mut raw = vec![0u8; e.length as usize];
                self.file.read_exact(&mut raw)?;
                dir = directory(&decompress(self.header.internal_compression, raw)?);
                continue;
            }
            if id >= e.tile_id + e.run_length as u64 {
                return Ok(None);
            }
            self.file.seek(SeekFrom::Start(self.header.data_offset + e.offset))?;
            let mut out = vec![0u8; e.length as usize];
            self.file.read_exact(&mut out)?;
            return Ok(Some(out));
        }
        Ok(None)
    }
}
