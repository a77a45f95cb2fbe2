//! tar -> zstd seekable frames -> age.

use std::io::{self, Write};

const SKIPPABLE_SEEK_TABLE: u32 = 0x184D_2A5E;
const SEEKABLE_FOOTER: u32 = 0x8F92_EAB1;

/// Cuts the tar stream into frames and appends the standard seek table.
pub struct Seekable<W: Write> {
    out: W,
    level: i32,
    frame: usize,
    buf: Vec<u8>,
    table: Vec<(u32, u32, u32)>,
}

impl<W: Write> Seekable<W> {
    pub fn new(out: W, level: i32, frame: usize) -> Self {
        Seekable { out, level, frame, buf: Vec::with_capacity(frame), table: Vec::new() }
    }

    fn flush_frame(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let c = zstd::bulk::compress(&self.buf, self.level)?;
        self.out.write_all(&c)?;
        self.table.push((c.len() as u32, self.buf.len() as u32, xxhash_rust::xxh64::xxh64(&self.buf, 0) as u32));
        self.buf.clear();
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.flush_frame()?;
        self.out.write_all(&SKIPPABLE_SEEK_TABLE.to_le_bytes())?;
        self.out.write_all(&((self.table.len() * 12 + 9) as u32).to_le_bytes())?;
        for (c, d, x) in &self.table {
            self.out.write_all(&c.to_le_bytes())?;
            self.out.write_all(&d.to_le_bytes())?;
            self.out.write_all(&x.to_le_bytes())?;
        }
        self.out.write_all(&(self.table.len() as u32).to_le_bytes())?;
        self.out.write_all(&[0x80])?;
        self.out.write_all(&SEEKABLE_FOOTER.to_le_bytes())?;
        Ok(self.out)
    }
}

impl<W: Write> Write for Seekable<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let mut rest = data;
        while !rest.is_empty() {
            let n = (self.frame - self.buf.len()).min(rest.len());
            self.buf.extend_from_slice(&rest[..n]);
            rest = &rest[n..];
            if self.buf.len() == self.frame {
                self.flush_frame()?;
            }
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub fn create(dir: &std::path::Path, exclude: &[String], recipients: &[String], level: i32, frame: usize, out: impl Write) -> Result<(), String> {
    let recipients: Vec<Box<dyn age::Recipient + Send>> = recipients
        .iter()
        .map(|r| r.parse::<age::x25519::Recipient>().map(|r| Box::new(r) as Box<dyn age::Recipient + Send>).map_err(|e| format!("recipient {r}: {e}")))
        .collect::<Result<_, _>>()?;
    let enc = age::Encryptor::with_recipients(recipients).ok_or("no recipients")?;
    let age_out = enc.wrap_output(out).map_err(|e| e.to_string())?;
    let seekable = Seekable::new(age_out, level, frame);
    let mut tar = tar::Builder::new(seekable);
    tar.follow_symlinks(false);
    let base = dir.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    for entry in walk(dir, exclude) {
        let rel = entry.strip_prefix(dir).unwrap_or(&entry);
        tar.append_path_with_name(&entry, std::path::Path::new(&base).join(rel)).map_err(|e| format!("{}: {e}", entry.display()))?;
    }
    let seekable = tar.into_inner().map_err(|e| e.to_string())?;
    let age_out = seekable.finish().map_err(|e| e.to_string())?;
    age_out.finish().map_err(|e| e.to_string())?;
    Ok(())
}

fn walk(dir: &std::path::Path, exclude: &[String]) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if exclude.iter().any(|x| *x == name) {
                continue;
            }
            let p = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(p),
                Ok(t) if t.is_file() || t.is_symlink() => out.push(p),
                _ => {}
            }
        }
    }
    out.sort();
    out
}
