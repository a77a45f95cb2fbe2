//! logfmt event formatter for tracing-subscriber.

mod burst;
mod nsca;
mod syslog;
mod visit;

use std::fmt;
use std::time::SystemTime;

use tracing::{Event, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

pub use syslog::{Facility, Severity};

#[derive(Clone, Debug)]
pub struct KvFormat {
    pri: bool,
    facility: Facility,
}

impl Default for KvFormat {
    fn default() -> Self {
        KvFormat { pri: false, facility: Facility::User }
    }
}

impl KvFormat {
    pub fn with_syslog_pri(mut self, yes: bool) -> Self {
        self.pri = yes;
        self
    }

    pub fn facility(mut self, f: Facility) -> Self {
        self.facility = f;
        self
    }
}

fn timestamp() -> String {
    let d = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    format!("{}.{:03}", d.as_secs(), d.subsec_millis())
}

impl<S, N> FormatEvent<S, N> for KvFormat
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(&self, ctx: &FmtContext<'_, S, N>, mut w: Writer<'_>, event: &Event<'_>) -> fmt::Result {
        let meta = event.metadata();
        if self.pri {
            write!(w, "<{}>", syslog::pri(self.facility, syslog::severity(meta.level())))?;
        }
        write!(w, "ts={} level={} target={}", timestamp(), meta.level().as_str().to_lowercase(), meta.target())?;
        if let Some(scope) = ctx.event_scope() {
            let names: Vec<&str> = scope.from_root().map(|s| s.name()).collect();
            if !names.is_empty() {
                write!(w, " span={}", names.join(">"))?;
            }
        }
        let mut v = visit::Collect::default();
        event.record(&mut v);
        for (k, val) in &v.fields {
            let shown = if visit::sensitive(k) { "***".to_string() } else { visit::quote(val) };
            write!(w, " {k}={shown}")?;
        }
        burst::observe(meta.level(), &v.fields);
        writeln!(w)
    }
}
