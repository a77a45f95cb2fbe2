mod check;
mod nsca;

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

pub use check::ErrorRateCheck;

const SECRET_WORDS: &[&str] = &["password", "passwd", "secret", "token", "authorization", "api_key", "apikey", "cookie", "private_key"];

fn secret_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    SECRET_WORDS.iter().any(|w| n.contains(w))
}

struct Line<'a, 'w> {
    w: &'a mut Writer<'w>,
    res: fmt::Result,
}

impl Visit for Line<'_, '_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if self.res.is_err() {
            return;
        }
        self.res = if secret_name(field.name()) {
            write!(self.w, " {}=[redacted]", field.name())
        } else {
            write!(self.w, " {}={:?}", field.name(), value)
        };
    }
}

pub struct RedactingFormat {
    errors: Arc<AtomicU64>,
}

impl RedactingFormat {
    pub fn new(errors: Arc<AtomicU64>) -> Self {
        Self { errors }
    }
}

impl<S, N> FormatEvent<S, N> for RedactingFormat
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(&self, _ctx: &FmtContext<'_, S, N>, mut w: Writer<'_>, event: &Event<'_>) -> fmt::Result {
        let meta = event.metadata();
        if *meta.level() == Level::ERROR {
            self.errors.fetch_add(1, Ordering::Relaxed);
        }
        write!(w, "level={} target={}", meta.level(), meta.target())?;
        let mut line = Line { w: &mut w, res: Ok(()) };
        event.record(&mut line);
        line.res?;
        writeln!(w)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names() {
        assert!(super::secret_name("db_password"));
        assert!(super::secret_name("Authorization"));
        assert!(!super::secret_name("user_id"));
    }
}
