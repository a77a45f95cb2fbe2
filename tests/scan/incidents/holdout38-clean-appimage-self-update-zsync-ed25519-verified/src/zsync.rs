//! Minimal zsync client: reads the control file header and block checksums, reuses matching
//! blocks from the old image and fetches the rest with HTTP range requests.

use sha1_smol::Sha1;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;

pub struct Meta {
    pub filename: String,
    pub url: String,
    pub base: String,
    pub sha1: String,
    pub blocksize: usize,
    pub length: usize,
    pub blocks: Vec<[u8; 4]>,
}

impl Meta {
    pub fn fetch(zsync_url: &str) -> anyhow::Result<Self> {
        let mut raw = Vec::new();
        ureq::get(zsync_url).call()?.into_reader().read_to_end(&mut raw)?;
        let split = raw.windows(2).position(|w| w == b"\n\n").ok_or_else(|| anyhow::anyhow!("bad .zsync"))?;
        let header: HashMap<String, String> = String::from_utf8_lossy(&raw[..split])
            .lines()
            .filter_map(|l| l.split_once(": ").map(|(k, v)| (k.to_owned(), v.to_owned())))
            .collect();
        let get = |k: &str| header.get(k).cloned().unwrap_or_default();
        let blocks = raw[split + 2..].chunks(20).map(|c| [c[0], c[1], c[2], c[3]]).collect();
        Ok(Self {
            filename: get("Filename"),
            url: get("URL"),
            base: zsync_url.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap_or_default(),
            sha1: get("SHA-1"),
            blocksize: get("Blocksize").parse()?,
            length: get("Length").parse()?,
            blocks,
        })
    }

    pub fn file_url(&self) -> String {
        if self.url.starts_with("https://") { self.url.clone() } else { format!("{}/{}", self.base, self.url) }
    }

    pub fn version(&self) -> &str {
        self.filename.split('-').nth(1).unwrap_or("")
    }
}

fn weak(b: &[u8]) -> [u8; 4] {
    let (mut a, mut s) = (0u16, 0u16);
    for (i, x) in b.iter().enumerate() {
        a = a.wrapping_add(*x as u16);
        s = s.wrapping_add((b.len() - i) as u16 * *x as u16);
    }
    let v = ((a as u32) << 16 | s as u32).to_be_bytes();
    v
}

pub fn assemble(meta: &Meta, old: &Path, new: &Path) -> anyhow::Result<()> {
    let old = std::fs::read(old)?;
    let have: HashMap<[u8; 4], usize> = old.chunks(meta.blocksize).enumerate().map(|(i, c)| (weak(c), i)).collect();
    let mut out = std::fs::File::create(new)?;
    for (i, w) in meta.blocks.iter().enumerate() {
        let start = i * meta.blocksize;
        let end = (start + meta.blocksize).min(meta.length);
        if let Some(&j) = have.get(w) {
            out.write_all(&old[j * meta.blocksize..(j * meta.blocksize + (end - start)).min(old.len())])?;
        } else {
            let mut buf = Vec::new();
            ureq::get(&meta.file_url()).set("Range", &format!("bytes={}-{}", start, end - 1)).call()?.into_reader().read_to_end(&mut buf)?;
            out.write_all(&buf)?;
        }
    }
    Ok(())
}

pub fn sha1_file(p: &Path) -> anyhow::Result<String> {
    let mut h = Sha1::new();
    h.update(&std::fs::read(p)?);
    Ok(h.digest().to_string())
}
