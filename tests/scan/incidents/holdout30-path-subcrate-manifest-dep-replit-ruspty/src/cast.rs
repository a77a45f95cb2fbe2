//! asciicast v2 writer: a JSON header line, then `[time, "o", data]` event lines.

use serde_json::json;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

pub struct Writer {
    out: BufWriter<File>,
    idle_limit: Option<f64>,
    last: f64,
    shift: f64,
    pending: Vec<u8>,
}

impl Writer {
    pub fn create(path: &Path, cols: u16, rows: u16, command: Option<&str>, idle_limit: Option<f64>) -> std::io::Result<Self> {
        let mut out = BufWriter::new(File::create(path)?);
        let ts = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let mut header = json!({ "version": 2, "width": cols, "height": rows, "timestamp": ts, "env": { "SHELL": std::env::var("SHELL").unwrap_or_default(), "TERM": std::env::var("TERM").unwrap_or_default() } });
        if let Some(c) = command {
            header["command"] = json!(c);
        }
        if let Some(l) = idle_limit {
            header["idle_time_limit"] = json!(l);
        }
        writeln!(out, "{header}")?;
        Ok(Writer { out, idle_limit, last: 0.0, shift: 0.0, pending: Vec::new() })
    }

    pub fn output(&mut self, t: f64, data: &[u8]) -> std::io::Result<()> {
        if let Some(limit) = self.idle_limit {
            let gap = t - self.shift - self.last;
            if gap > limit {
                self.shift += gap - limit;
            }
        }
        let at = t - self.shift;
        self.last = at;
        // Keep incomplete UTF-8 sequences for the next event.
        self.pending.extend_from_slice(data);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) => e.valid_up_to(),
        };
        let text = String::from_utf8_lossy(&self.pending[..valid]).into_owned();
        self.pending.drain(..valid);
        writeln!(self.out, "{}", json!([(at * 1e6).round() / 1e6, "o", text]))
    }

    pub fn finish(mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
