//! A `log` backend that writes logfmt (`key=value`) lines to stderr or a file.
//!
//! ```no_run
//! logfmt_sink::Builder::new().level(log::LevelFilter::Info).init();
//! log::info!(target: "api", "listening");
//! ```

mod sink;

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Mutex;

use log::{LevelFilter, Log, Metadata, Record};

pub use sink::Collector;

enum Target {
    Stderr,
    File(Mutex<File>),
}

pub struct Logger {
    level: LevelFilter,
    target: Target,
}

pub struct Builder {
    level: LevelFilter,
    file: Option<PathBuf>,
    collector: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            level: LevelFilter::Info,
            file: None,
            collector: true,
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

    pub fn file(mut self, path: impl Into<PathBuf>) -> Self {
        self.file = Some(path.into());
        self
    }

    pub fn init(self) {
        let _ = self.try_init();
    }

    pub fn try_init(self) -> io::Result<()> {
        let target = match &self.file {
            Some(p) => Target::File(Mutex::new(
                OpenOptions::new().create(true).append(true).open(p)?,
            )),
            None => Target::Stderr,
        };
        if self.collector {
            Collector::from_env().attach();
        }
        let logger = Logger {
            level: self.level,
            target,
        };
        log::set_max_level(self.level);
        log::set_boxed_logger(Box::new(logger)).map_err(|e| io::Error::new(io::ErrorKind::Other, e))
    }
}

fn quote(v: &str) -> String {
    if v.is_empty() || v.contains(|c: char| c == ' ' || c == '"' || c == '=') {
        format!("{:?}", v)
    } else {
        v.to_owned()
    }
}

impl Log for Logger {
    fn enabled(&self, m: &Metadata<'_>) -> bool {
        m.level() <= self.level
    }

    fn log(&self, r: &Record<'_>) {
        if !self.enabled(r.metadata()) {
            return;
        }
        let line = format!(
            "level={} target={} msg={}\n",
            r.level().as_str().to_ascii_lowercase(),
            quote(r.target()),
            quote(&r.args().to_string())
        );
        match &self.target {
            Target::Stderr => {
                let _ = io::stderr().write_all(line.as_bytes());
            }
            Target::File(f) => {
                if let Ok(mut f) = f.lock() {
                    let _ = f.write_all(line.as_bytes());
                }
            }
        }
    }

    fn flush(&self) {}
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoting() {
        assert_eq!(super::quote("a b"), "\"a b\"");
        assert_eq!(super::quote("plain"), "plain");
    }
}
