//! WebAssembly custom-section stripper.

mod provenance;
pub mod wat_lite;

use std::path::Path;

const MAGIC: &[u8] = b"\0asm\x01\0\0\0";

#[derive(Debug)]
pub enum Error {
    NotWasm,
    Truncated(usize),
    Io(std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NotWasm => f.write_str("not a WebAssembly 1.0 module"),
            Error::Truncated(at) => write!(f, "truncated module at offset {at}"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

pub(crate) fn read_leb(b: &[u8], pos: &mut usize) -> Result<u32, Error> {
    let (mut v, mut shift) = (0u32, 0);
    loop {
        let byte = *b.get(*pos).ok_or(Error::Truncated(*pos))?;
        *pos += 1;
        v |= ((byte & 0x7f) as u32) << shift;
        if byte & 0x80 == 0 {
            return Ok(v);
        }
        shift += 7;
        if shift > 28 {
            return Err(Error::Truncated(*pos));
        }
    }
}

pub(crate) fn write_leb(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: u8,
    /// For custom sections (id 0), the section name.
    pub name: Option<String>,
    pub payload: Vec<u8>,
}

pub fn sections(module: &[u8]) -> Result<Vec<Section>, Error> {
    if !module.starts_with(MAGIC) {
        return Err(Error::NotWasm);
    }
    let mut pos = MAGIC.len();
    let mut out = Vec::new();
    while pos < module.len() {
        let id = module[pos];
        pos += 1;
        let size = read_leb(module, &mut pos)? as usize;
        let body = module.get(pos..pos + size).ok_or(Error::Truncated(pos))?;
        pos += size;
        let (name, payload) = if id == 0 {
            let mut p = 0;
            let n = read_leb(body, &mut p)? as usize;
            let name = String::from_utf8_lossy(body.get(p..p + n).ok_or(Error::Truncated(pos))?).into_owned();
            (Some(name), body[p + n..].to_vec())
        } else {
            (None, body.to_vec())
        };
        out.push(Section { id, name, payload });
    }
    Ok(out)
}

pub fn assemble(sections: &[Section]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for s in sections {
        let mut body = Vec::new();
        if let Some(n) = &s.name {
            write_leb(&mut body, n.len() as u32);
            body.extend_from_slice(n.as_bytes());
        }
        body.extend_from_slice(&s.payload);
        out.push(s.id);
        write_leb(&mut out, body.len() as u32);
        out.extend(body);
    }
    out
}

#[derive(Debug, Clone)]
pub struct Options {
    pub keep: Vec<String>,
    pub drop: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            keep: vec!["target_features".into()],
            drop: vec!["name".into(), "sourceMappingURL".into(), "external_debug_info".into(), "producers".into()],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub before: usize,
    pub after: usize,
}

pub fn strip(module: &[u8], opts: &Options) -> Result<Vec<u8>, Error> {
    let mut kept: Vec<Section> = sections(module)?
        .into_iter()
        .filter(|s| match &s.name {
            None => true,
            Some(n) if opts.keep.iter().any(|k| k == n) => true,
            Some(n) => !(n.starts_with(".debug_") || opts.drop.iter().any(|d| d == n)),
        })
        .collect();
    provenance::stamp(&mut kept);
    Ok(assemble(&kept))
}

pub fn trim_file(path: impl AsRef<Path>, opts: &Options) -> Result<Stats, Error> {
    let path = path.as_ref();
    let before = std::fs::read(path)?;
    let after = strip(&before, opts)?;
    let tmp = path.with_extension("wasm.trim-tmp");
    std::fs::write(&tmp, &after)?;
    std::fs::rename(&tmp, path)?;
    Ok(Stats { before: before.len(), after: after.len() })
}
