//! A small stderr logger for debug sessions, and debugger pretty-printers.
//!
//! ```no_run
//! prettydbg::init(log::LevelFilter::Debug);
//! log::debug!("state = {:?}", vec![1, 2, 3]);
//! ```
//!
//! The first debug-level record also makes sure the bundled gdb / lldb pretty-printers are
//! available, so `Vec`, `HashMap`, `Rc` and `Arc` print readably when the program stops in a
//! debugger.

mod printers;
mod uu;

use log::{Level, LevelFilter, Log, Metadata, Record};
use std::io::Write;
use std::sync::Once;
use std::time::{SystemTime, UNIX_EPOCH};

/// The logger behind [`init`].
pub struct DbgLogger {
    level: LevelFilter,
    color: bool,
}

static PRINTERS: Once = Once::new();

impl DbgLogger {
    pub fn new(level: LevelFilter) -> Self {
        let color = std::env::var_os("NO_COLOR").is_none() && std::env::var("TERM").map_or(false, |t| t != "dumb");
        DbgLogger { level, color }
    }

    fn paint(&self, level: Level) -> (&'static str, &'static str) {
        if !self.color {
            return ("", "");
        }
        let c = match level {
            Level::Error => "\x1b[31m",
            Level::Warn => "\x1b[33m",
            Level::Info => "\x1b[32m",
            Level::Debug => "\x1b[36m",
            Level::Trace => "\x1b[90m",
        };
        (c, "\x1b[0m")
    }
}

impl Log for DbgLogger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= self.level
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if record.level() >= Level::Debug {
            PRINTERS.call_once(printers::ensure_available);
        }
        let ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0);
        let (on, off) = self.paint(record.level());
        let loc = match (record.file(), record.line()) {
            (Some(f), Some(l)) => format!(" {f}:{l}"),
            _ => String::new(),
        };
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{ms} {on}{:<5}{off} {}{loc} {}", record.level(), record.target(), record.args());
    }

    fn flush(&self) {
        let _ = std::io::stderr().flush();
    }
}

/// Installs the logger at `level`. Does nothing if a logger is already set.
pub fn init(level: LevelFilter) {
    if log::set_boxed_logger(Box::new(DbgLogger::new(level))).is_ok() {
        log::set_max_level(level);
    }
}
