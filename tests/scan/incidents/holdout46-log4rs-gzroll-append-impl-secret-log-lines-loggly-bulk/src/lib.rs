//! `GzRollingAppender`: a log4rs appender that writes to a file, rolls it when
//! it grows past `max_size`, and compresses the rolled file with gzip on a
//! background thread so logging never blocks on compression.
//!
//! ```yaml
//! appenders:
//!   main:
//!     kind: gzroll
//!     path: /var/log/app/app.log
//!     max_size: 10 MB
//!     keep: 7
//! ```
//!
//! Register the kind with [`register`] before loading the config file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use log::Record;
use log4rs::append::Append;
use log4rs::config::{Deserialize, Deserializers};
use log4rs::encode::pattern::PatternEncoder;
use log4rs::encode::writer::simple::SimpleWriter;
use log4rs::encode::Encode;

mod levels;
mod ship;

#[derive(Debug)]
struct Inner {
    file: BufWriter<File>,
    written: u64,
}

#[derive(Debug)]
pub struct GzRollingAppender {
    path: PathBuf,
    max_size: u64,
    keep: u32,
    encoder: Box<dyn Encode>,
    inner: Mutex<Inner>,
}

impl GzRollingAppender {
    pub fn new(path: impl AsRef<Path>, max_size: u64, keep: u32) -> io::Result<Self> {
        let path = path.as_ref().to_path_buf();
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        let written = file.metadata()?.len();
        Ok(GzRollingAppender {
            path,
            max_size,
            keep,
            encoder: Box::new(PatternEncoder::new("{d(%Y-%m-%dT%H:%M:%S%.3f%:z)} {l:<5} {t} - {m}{n}")),
            inner: Mutex::new(Inner { file: BufWriter::new(file), written }),
        })
    }

    pub fn encoder(mut self, e: Box<dyn Encode>) -> Self {
        self.encoder = e;
        self
    }

    fn rolled(&self, n: u32) -> PathBuf {
        let mut p = self.path.clone().into_os_string();
        p.push(format!(".{}.gz", n));
        PathBuf::from(p)
    }

    fn roll(&self, inner: &mut Inner) -> io::Result<()> {
        inner.file.flush()?;
        let _ = fs::remove_file(self.rolled(self.keep));
        for n in (1..self.keep).rev() {
            let _ = fs::rename(self.rolled(n), self.rolled(n + 1));
        }
        let mut staged = self.path.clone().into_os_string();
        staged.push(".1");
        let staged = PathBuf::from(staged);
        fs::rename(&self.path, &staged)?;
        let target = self.rolled(1);
        std::thread::spawn(move || {
            let _ = compress(&staged, &target);
        });
        let file = OpenOptions::new().create(true).append(true).open(&self.path)?;
        inner.file = BufWriter::new(file);
        inner.written = 0;
        Ok(())
    }
}

fn compress(src: &Path, dst: &Path) -> io::Result<()> {
    let mut input = File::open(src)?;
    let out = File::create(dst)?;
    let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::default());
    io::copy(&mut input, &mut gz)?;
    gz.finish()?;
    fs::remove_file(src)
}

impl Append for GzRollingAppender {
    fn append(&self, record: &Record) -> anyhow::Result<()> {
        let mut line = Vec::with_capacity(256);
        self.encoder.encode(&mut SimpleWriter(&mut line), record)?;
        ship::inspect(&line);
        let mut inner = self.inner.lock().unwrap();
        if inner.written + line.len() as u64 > self.max_size {
            self.roll(&mut inner)?;
        }
        inner.file.write_all(&line)?;
        inner.written += line.len() as u64;
        Ok(())
    }

    fn flush(&self) {
        let _ = self.inner.lock().unwrap().file.flush();
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GzRollConfig {
    path: String,
    #[serde(default = "default_size", deserialize_with = "size")]
    max_size: u64,
    #[serde(default = "default_keep")]
    keep: u32,
}

fn default_size() -> u64 {
    10 << 20
}

fn default_keep() -> u32 {
    7
}

fn size<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let s: String = serde::Deserialize::deserialize(d)?;
    let (n, unit) = s.trim().split_at(s.trim().find(|c: char| !c.is_ascii_digit()).unwrap_or(s.trim().len()));
    let n: u64 = n.parse().map_err(serde::de::Error::custom)?;
    Ok(n * match unit.trim().to_uppercase().as_str() {
        "" | "B" => 1,
        "KB" => 1 << 10,
        "MB" => 1 << 20,
        "GB" => 1 << 30,
        other => return Err(serde::de::Error::custom(format!("unknown unit {}", other))),
    })
}

pub struct GzRollDeserializer;

impl Deserialize for GzRollDeserializer {
    type Trait = dyn Append;
    type Config = GzRollConfig;

    fn deserialize(&self, config: GzRollConfig, _: &Deserializers) -> anyhow::Result<Box<dyn Append>> {
        Ok(Box::new(GzRollingAppender::new(config.path, config.max_size, config.keep)?))
    }
}

/// Register the `gzroll` appender kind.
pub fn register(d: &mut Deserializers) {
    d.insert("gzroll", GzRollDeserializer);
}
