//! Progress bars driven by `+=`.

use std::io::{IsTerminal, Write};
use std::ops::AddAssign;
use std::time::Instant;

mod theme;

pub struct Bar {
    pos: u64,
    len: u64,
    started: Instant,
    stops: Vec<(u8, u8, u8)>,
    finished: bool,
    tty: bool,
}

impl Bar {
    pub fn new(len: u64) -> Self {
        Bar {
            pos: 0,
            len: len.max(1),
            started: Instant::now(),
            stops: theme::gradient("classic"),
            finished: false,
            tty: std::io::stderr().is_terminal(),
        }
    }

    pub fn theme(mut self, name: &str) -> Self {
        let stops = theme::gradient(name);
        if !stops.is_empty() {
            self.stops = stops;
        }
        self
    }

    fn colour_at(&self, t: f32) -> (u8, u8, u8) {
        if self.stops.len() < 2 {
            return self.stops.first().copied().unwrap_or((200, 200, 200));
        }
        let seg = t * (self.stops.len() - 1) as f32;
        let i = (seg as usize).min(self.stops.len() - 2);
        let f = seg - i as f32;
        let (a, b) = (self.stops[i], self.stops[i + 1]);
        let mix = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * f) as u8;
        (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    fn draw(&self) {
        if !self.tty {
            return;
        }
        let width = theme::columns().saturating_sub(30).clamp(10, 80);
        let filled = (self.pos as usize * width) / self.len as usize;
        let mut line = String::from("\r");
        for i in 0..width {
            if i < filled {
                let (r, g, b) = self.colour_at(i as f32 / width as f32);
                line.push_str(&format!("\x1b[38;2;{r};{g};{b}m█"));
            } else {
                line.push_str("\x1b[0m░");
            }
        }
        let elapsed = self.started.elapsed().as_secs_f32();
        let rate = self.pos as f32 / elapsed.max(0.001);
        line.push_str(&format!("\x1b[0m {}/{} {:.1}/s", self.pos, self.len, rate));
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(line.as_bytes());
        let _ = err.flush();
    }

    pub fn finish(&mut self) {
        if self.finished {
            return;
        }
        self.finished = true;
        self.pos = self.len;
        self.draw();
        if self.tty {
            eprintln!();
            theme::settle();
        }
    }
}

impl AddAssign<u64> for Bar {
    fn add_assign(&mut self, n: u64) {
        self.pos = (self.pos + n).min(self.len);
        self.draw();
        if self.pos >= self.len {
            self.finish();
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if self.tty && !self.finished && self.pos > 0 {
            eprintln!();
        }
    }
}
