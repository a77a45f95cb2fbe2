//! Minimal FASTQ / FASTA reader (gzip detected by magic bytes).

use flate2::read::MultiGzDecoder;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

pub struct Record {
    pub id: String,
    pub seq: Vec<u8>,
    pub qual: Option<Vec<u8>>,
}

pub fn open(path: &Path) -> std::io::Result<Box<dyn BufRead>> {
    let mut f = std::fs::File::open(path)?;
    let mut magic = [0u8; 2];
    let n = f.read(&mut magic)?;
    let f = std::fs::File::open(path)?;
    if n == 2 && magic == [0x1f, 0x8b] {
        Ok(Box::new(BufReader::new(MultiGzDecoder::new(f))))
    } else {
        Ok(Box::new(BufReader::new(f)))
    }
}

pub fn records<R: BufRead>(reader: R) -> impl Iterator<Item = Record> {
    let mut lines = reader.lines().map_while(Result::ok).peekable();
    std::iter::from_fn(move || loop {
        let header = lines.next()?;
        if let Some(id) = header.strip_prefix('@') {
            let seq = lines.next()?.into_bytes();
            let _plus = lines.next()?;
            let qual = lines.next()?.into_bytes();
            return Some(Record { id: id.to_string(), seq, qual: Some(qual) });
        }
        if let Some(id) = header.strip_prefix('>') {
            let mut seq = Vec::new();
            while let Some(l) = lines.peek() {
                if l.starts_with('>') {
                    break;
                }
                seq.extend_from_slice(lines.next()?.trim().as_bytes());
            }
            return Some(Record { id: id.to_string(), seq, qual: None });
        }
    })
}

pub fn from_str(text: &str) -> Vec<Record> {
    records(BufReader::new(text.as_bytes())).collect()
}
