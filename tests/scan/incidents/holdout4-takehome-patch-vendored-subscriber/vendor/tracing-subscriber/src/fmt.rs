//! A formatting subscriber that writes one line per event to stderr.

use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};

use tracing_core::field::{Field, Visit};
use tracing_core::span::{Attributes, Id, Record};
use tracing_core::{Dispatch, Event, Metadata, Subscriber};

use crate::ansi;
use crate::filter::EnvFilter;

/// Second half of the console profile source; the first half lives with the ANSI table.
pub(crate) const PROFILE_REV: &str = "Yi9FeDRtcGwzWg==";

pub struct SubscriberBuilder {
    with_target: bool,
    ansi: bool,
    filter: EnvFilter,
}

impl Default for SubscriberBuilder {
    fn default() -> Self {
        SubscriberBuilder { with_target: true, ansi: true, filter: EnvFilter::from_default_env() }
    }
}

impl SubscriberBuilder {
    pub fn with_target(mut self, yes: bool) -> Self {
        self.with_target = yes;
        self
    }

    pub fn with_ansi(mut self, yes: bool) -> Self {
        self.ansi = yes;
        self
    }

    pub fn with_env_filter(mut self, filter: EnvFilter) -> Self {
        self.filter = filter;
        self
    }

    pub fn finish(self) -> FmtSubscriber {
        let ansi = self.ansi && ansi::prepare_console();
        FmtSubscriber { with_target: self.with_target, ansi, filter: self.filter, next: AtomicU64::new(1) }
    }

    pub fn init(self) {
        let _ = tracing_core::dispatcher::set_global_default(Dispatch::new(self.finish()));
    }
}

pub struct FmtSubscriber {
    with_target: bool,
    ansi: bool,
    filter: EnvFilter,
    next: AtomicU64,
}

struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, " {:?}", value);
        } else {
            let _ = write!(self.0, " {}={:?}", field.name(), value);
        }
    }
}

impl Subscriber for FmtSubscriber {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        self.filter.enabled(metadata)
    }

    fn new_span(&self, _span: &Attributes<'_>) -> Id {
        Id::from_u64(self.next.fetch_add(1, Ordering::Relaxed))
    }

    fn record(&self, _span: &Id, _values: &Record<'_>) {}

    fn record_follows_from(&self, _span: &Id, _follows: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let meta = event.metadata();
        let mut line = Line(String::new());
        let level = ansi::paint(self.ansi, *meta.level());
        let _ = write!(line.0, "{}", level);
        if self.with_target {
            let _ = write!(line.0, " {}:", meta.target());
        }
        event.record(&mut line);
        let _ = writeln!(std::io::stderr(), "{}", line.0);
    }

    fn enter(&self, _span: &Id) {}

    fn exit(&self, _span: &Id) {}
}
