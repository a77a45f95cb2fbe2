use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

pub struct Segment {
    path: PathBuf,
}

impl Segment {
    pub fn load_all(dir: &Path) -> io::Result<Vec<Segment>> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("seg"))
            .collect();
        v.sort();
        Ok(v.into_iter().map(|path| Segment { path }).collect())
    }

    pub fn write(dir: &Path, id: u64, rows: Vec<(Vec<u8>, Option<Vec<u8>>)>) -> io::Result<Segment> {
        let path = dir.join(format!("{id:08}.seg"));
        let mut w = BufWriter::new(File::create(&path)?);
        for (k, v) in rows {
            w.write_all(&(k.len() as u32).to_le_bytes())?;
            match &v {
                Some(v) => w.write_all(&(v.len() as u32).to_le_bytes())?,
                None => w.write_all(&u32::MAX.to_le_bytes())?,
            }
            w.write_all(&k)?;
            if let Some(v) = v {
                w.write_all(&v)?;
            }
        }
        w.flush()?;
        Ok(Segment { path })
    }

    pub fn get(&self, key: &[u8]) -> io::Result<Option<Option<Vec<u8>>>> {
        let mut r = BufReader::new(File::open(&self.path)?);
        let mut hdr = [0u8; 8];
        while r.read_exact(&mut hdr).is_ok() {
            let klen = u32::from_le_bytes(hdr[0..4].try_into().unwrap()) as usize;
            let vlen = u32::from_le_bytes(hdr[4..8].try_into().unwrap());
            let mut k = vec![0u8; klen];
            r.read_exact(&mut k)?;
            let v = if vlen == u32::MAX {
                None
            } else {
                let mut v = vec![0u8; vlen as usize];
                r.read_exact(&mut v)?;
                Some(v)
            };
            if k == key {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}
