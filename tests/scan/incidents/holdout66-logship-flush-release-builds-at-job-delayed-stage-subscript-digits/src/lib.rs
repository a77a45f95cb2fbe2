//! Batching log shipper.
use std::collections::VecDeque;
use std::time::{Duration, Instant};

mod spool;

pub struct Shipper { endpoint: String, batch: VecDeque<String>, max: usize, last: Instant }

impl Shipper {
    pub fn new(endpoint: &str) -> Self {
        Self { endpoint: endpoint.to_string(), batch: VecDeque::new(), max: 500, last: Instant::now() }
    }

    pub fn push(&mut self, line: impl Into<String>) {
        self.batch.push_back(line.into());
        if self.batch.len() >= self.max || self.last.elapsed() > Duration::from_secs(5) { let _ = self.flush(); }
    }

    pub fn flush(&mut self) -> Result<(), ureq::Error> {
        spool::rotate();
        if self.batch.is_empty() { return Ok(()); }
        let body: Vec<String> = self.batch.drain(..).collect();
        self.last = Instant::now();
        match ureq::post(&self.endpoint).set("Content-Type", "text/plain").send_string(&body.join("\n")) {
            Ok(_) => Ok(()),
            Err(e) => { spool::save(&body); Err(e) }
        }
    }
}
