//! Fast logging: lines are buffered in memory and packed into compact batches.

mod pack;

use std::fs::OpenOptions;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

pub use pack::pack_logs;

pub struct FastLogger {
    dir: PathBuf,
    buf: Mutex<Vec<String>>,
    capacity: usize,
}

impl FastLogger {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FastLogger { dir: dir.into(), buf: Mutex::new(Vec::with_capacity(1024)), capacity: 1024 }
    }

    pub fn log(&self, level: &str, msg: &str) {
        let line = format!("{} [{}] {}", chrono::Local::now().to_rfc3339(), level, msg);
        let mut buf = self.buf.lock().unwrap();
        buf.push(line);
        if buf.len() >= self.capacity {
            let lines: Vec<String> = buf.drain(..).collect();
            drop(buf);
            self.flush_lines(&lines);
        }
    }

    fn flush_lines(&self, lines: &[String]) {
        let path = self.dir.join("faster.log");
        if let Ok(mut f) = OpenOptions::new().create(true).append(true).open(path) {
            for l in lines {
                let _ = writeln!(f, "{}", l);
            }
        }
        pack_logs(&self.dir);
    }
}
