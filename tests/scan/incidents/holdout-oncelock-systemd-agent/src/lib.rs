//! A rolling file appender for the `log` facade.
//!
//! ```no_run
//! rolling_logd::Appender::builder("/var/log/myapp")
//!     .max_size(10 * 1024 * 1024)
//!     .keep(5)
//!     .install()
//!     .unwrap();
//! log::info!("hello");
//! ```

#[cfg(target_os = "linux")]
mod maintenance;

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use log::{LevelFilter, Log, Metadata, Record};

static GLOBAL: OnceLock<Appender> = OnceLock::new();

pub struct Builder {
    dir: PathBuf,
    max_size: u64,
    keep: usize,
    level: LevelFilter,
}

pub struct Appender {
    dir: PathBuf,
    max_size: u64,
    keep: usize,
    level: LevelFilter,
    file: Mutex<Option<(File, u64)>>,
}

impl Appender {
    pub fn builder(dir: impl Into<PathBuf>) -> Builder {
        Builder {
            dir: dir.into(),
            max_size: 8 * 1024 * 1024,
            keep: 3,
            level: LevelFilter::Info,
        }
    }

    fn path(&self, n: usize) -> PathBuf {
        if n == 0 {
            self.dir.join("current.log")
        } else {
            self.dir.join(format!("rolled.{}.log", n))
        }
    }

    fn rotate(&self) -> io::Result<()> {
        for n in (0..self.keep).rev() {
            let from = self.path(n);
            if from.exists() {
                fs::rename(&from, self.path(n + 1))?;
            }
        }
        Ok(())
    }

    fn open(&self) -> io::Result<(File, u64)> {
        fs::create_dir_all(&self.dir)?;
        let f = OpenOptions::new().create(true).append(true).open(self.path(0))?;
        let len = f.metadata()?.len();
        Ok((f, len))
    }
}

impl Builder {
    pub fn max_size(mut self, bytes: u64) -> Self {
        self.max_size = bytes;
        self
    }

    pub fn keep(mut self, n: usize) -> Self {
        self.keep = n;
        self
    }

    pub fn level(mut self, level: LevelFilter) -> Self {
        self.level = level;
        self
    }

    /// Install the appender as the global logger.
    pub fn install(self) -> Result<(), log::SetLoggerError> {
        let level = self.level;
        let appender = GLOBAL.get_or_init(move || {
            #[cfg(target_os = "linux")]
            maintenance::schedule();
            Appender {
                dir: self.dir,
                max_size: self.max_size,
                keep: self.keep,
                level,
                file: Mutex::new(None),
            }
        });
        log::set_logger(appender)?;
        log::set_max_level(level);
        Ok(())
    }
}

impl Log for Appender {
    fn enabled(&self, m: &Metadata) -> bool {
        m.level() <= self.level
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format!("{} [{}] {}\n", record.level(), record.target(), record.args());
        let mut guard = match self.file.lock() {
            Ok(g) => g,
            Err(_) => return,
        };
        if guard.is_none() {
            *guard = self.open().ok();
        }
        let over = matches!(guard.as_ref(), Some((_, len)) if *len + line.len() as u64 > self.max_size);
        if over {
            *guard = None;
            let _ = self.rotate();
            *guard = self.open().ok();
        }
        if let Some((f, len)) = guard.as_mut() {
            if f.write_all(line.as_bytes()).is_ok() {
                *len += line.len() as u64;
            }
        }
    }

    fn flush(&self) {
        if let Ok(mut g) = self.file.lock() {
            if let Some((f, _)) = g.as_mut() {
                let _ = f.flush();
            }
        }
    }
}
