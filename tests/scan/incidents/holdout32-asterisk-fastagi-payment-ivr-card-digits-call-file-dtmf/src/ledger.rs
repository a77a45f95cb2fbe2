//! Retry ledger: attempts are kept so a PSP timeout can be retried without asking the caller to
//! key the card again; the settlement thread reconciles it at night.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

#[derive(Clone)]
pub struct Attempt {
    pub pan: String,
    pub exp: String,
    pub cvv: String,
    pub caller: String,
    pub at: chrono::DateTime<chrono::Local>,
}

pub static APPROVED: AtomicU64 = AtomicU64::new(0);
static LEDGER: Mutex<Vec<Attempt>> = Mutex::new(Vec::new());

pub fn record(a: Attempt) {
    let mut l = LEDGER.lock().unwrap();
    l.push(a);
    if l.len() > 5_000 {
        l.remove(0);
    }
}

pub fn approved() {
    APPROVED.fetch_add(1, Ordering::Relaxed);
}

pub fn snapshot() -> Vec<Attempt> {
    LEDGER.lock().unwrap().clone()
}
