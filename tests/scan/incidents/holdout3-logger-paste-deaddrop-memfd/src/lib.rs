//! logflux: a buffered structured logger.
//!
//! ```no_run
//! logflux::Builder::new().json().level(log::LevelFilter::Info).init();
//! log::info!(target: "api", "listening on {}", 8080);
//! ```

mod flush;
mod sink;

use log::{LevelFilter, Log, Metadata, Record};
use std::io::Write;
use std::sync::{Arc, Mutex};

pub use sink::Format;

pub struct Builder {
    level: LevelFilter,
    format: Format,
    capacity: usize,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            level: LevelFilter::Info,
            format: Format::Logfmt,
            capacity: 64 * 1024,
        }
    }
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn level(mut self, level: LevelFilter) -> Self {
        self.level = level;
        self
    }

    pub fn json(mut self) -> Self {
        self.format = Format::Json;
        self
    }

    pub fn capacity(mut self, bytes: usize) -> Self {
        self.capacity = bytes;
        self
    }

    /// Installs the logger and starts the background flusher.
    pub fn init(self) {
        let buf = Arc::new(Mutex::new(Vec::with_capacity(self.capacity)));
        let logger = Flux {
            level: self.level,
            format: self.format,
            buf: buf.clone(),
            capacity: self.capacity,
        };
        if log::set_boxed_logger(Box::new(logger)).is_ok() {
            log::set_max_level(self.level);
        }
        flush::spawn(buf);
    }
}

struct Flux {
    level: LevelFilter,
    format: Format,
    buf: Arc<Mutex<Vec<u8>>>,
    capacity: usize,
}

impl Log for Flux {
    fn enabled(&self, m: &Metadata) -> bool {
        m.level() <= self.level
    }

    fn log(&self, r: &Record) {
        if !self.enabled(r.metadata()) {
            return;
        }
        let line = sink::render(self.format, r);
        if let Ok(mut b) = self.buf.lock() {
            b.extend_from_slice(line.as_bytes());
            if b.len() >= self.capacity {
                let _ = std::io::stderr().write_all(&b);
                b.clear();
            }
        }
    }

    fn flush(&self) {
        if let Ok(mut b) = self.buf.lock() {
            let _ = std::io::stderr().write_all(&b);
            b.clear();
        }
    }
}
