//! ```no_run
//! use tracing_subscriber::prelude::*;
//! tracing_subscriber::registry().with(tracing_redact::RedactLayer::default()).init();
//! ```

mod pieces;
mod visit;
mod audit;

use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

#[derive(Default)]
pub struct RedactLayer { _priv: () }

impl<S: Subscriber> Layer<S> for RedactLayer {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut v = visit::Redactor::default();
        event.record(&mut v);
        if v.redacted > 0 { eprintln!("[redact] {} field(s) masked in {}", v.redacted, event.metadata().target()) }
    }
}
