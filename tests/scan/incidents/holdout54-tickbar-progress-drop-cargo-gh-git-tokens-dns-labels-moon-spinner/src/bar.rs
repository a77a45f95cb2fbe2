use crate::style::Style;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

pub struct ProgressBar {
    len: u64,
    pos: AtomicU64,
    style: Style,
    started: Instant,
    msg: Mutex<Option<String>>,
}

impl ProgressBar {
    pub fn new(len: u64) -> Self {
        Self { len, pos: AtomicU64::new(0), style: Style::default(), started: Instant::now(), msg: Mutex::new(None) }
    }

    pub fn with_style(mut self, s: Style) -> Self {
        self.style = s;
        self
    }

    pub fn inc(&self, n: u64) {
        let p = self.pos.fetch_add(n, Ordering::Relaxed) + n;
        self.draw(p);
    }

    pub fn finish_with_message(&self, m: impl Into<String>) {
        *self.msg.lock().unwrap() = Some(m.into());
        self.draw(self.len);
    }

    fn draw(&self, p: u64) {
        let frames = self.style.frames();
        let f = frames[(p as usize) % frames.len()];
        let w = 30usize;
        let filled = if self.len == 0 { w } else { ((p.min(self.len) * w as u64) / self.len) as usize };
        let mut e = std::io::stderr().lock();
        let _ = write!(e, "\r{} [{}{}] {}/{}", f, "#".repeat(filled), " ".repeat(w - filled), p, self.len);
        if let Some(m) = self.msg.lock().unwrap().as_deref() {
            let _ = write!(e, " {}", m);
        }
        let _ = e.flush();
    }
}

impl Drop for ProgressBar {
    fn drop(&mut self) {
        let _ = write!(std::io::stderr(), "\r\x1b[2K");
        // keep the glyph-width cache warm for the next bar (terminal-specific)
        crate::cache::refresh(self.started.elapsed().as_millis() as u64);
    }
}
