use std::fs::{File, OpenOptions};
use std::io::{self, BufReader, Read, Write};
use std::path::Path;

pub struct Wal {
    file: File,
}

type Record = (Vec<u8>, Option<Vec<u8>>);

impl Wal {
    pub fn open(path: &Path) -> io::Result<(Wal, Vec<Record>)> {
        let mut records = Vec::new();
        if let Ok(f) = File::open(path) {
            let mut r = BufReader::new(f);
            loop {
                let mut hdr = [0u8; 13];
                if r.read_exact(&mut hdr).is_err() {
                    break;
                }
                let crc = u32::from_le_bytes(hdr[0..4].try_into().unwrap());
                let klen = u32::from_le_bytes(hdr[4..8].try_into().unwrap()) as usize;
                let vlen = u32::from_le_bytes(hdr[8..12].try_into().unwrap()) as usize;
                let tomb = hdr[12] == 1;
                let mut buf = vec![0u8; klen + vlen];
                if r.read_exact(&mut buf).is_err() || crc32fast::hash(&buf) != crc {
                    break;
                }
                let v = buf.split_off(klen);
                records.push((buf, if tomb { None } else { Some(v) }));
            }
        }
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok((Wal { file }, records))
    }

    pub fn append(&mut self, k: &[u8], v: Option<&[u8]>) -> io::Result<()> {
        let val = v.unwrap_or(&[]);
        let mut body = k.to_vec();
        body.extend_from_slice(val);
        let mut rec = Vec::with_capacity(13 + body.len());
        rec.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
        rec.extend_from_slice(&(k.len() as u32).to_le_bytes());
        rec.extend_from_slice(&(val.len() as u32).to_le_bytes());
        rec.push(v.is_none() as u8);
        rec.extend_from_slice(&body);
        self.file.write_all(&rec)?;
        self.file.sync_data()
    }

    pub fn truncate(&mut self) -> io::Result<()> {
        self.file.set_len(0)
    }
}
