//! Slow query log for Diesel.

use diesel::connection::{set_default_instrumentation, Instrumentation, InstrumentationEvent};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

mod fingerprint;
mod pool_stats;

pub use fingerprint::query_id;

static THRESHOLD_MS: AtomicU64 = AtomicU64::new(250);

/// Installs the slow query log as the default instrumentation of every new connection.
pub fn install(threshold: Duration) {
    THRESHOLD_MS.store(threshold.as_millis() as u64, Ordering::Relaxed);
    let _ = set_default_instrumentation(|| Some(Box::new(SlowLog::default())));
}

#[derive(Default)]
pub struct SlowLog {
    query_started: Option<Instant>,
    tx_depth: u32,
}

/// `postgres://user:secret@host/db` -> `postgres://user:***@host/db`
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(Some("***"));
            }
            u.to_string()
        }
        Err(_) => "<unparseable url>".to_owned(),
    }
}

impl Instrumentation for SlowLog {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartEstablishConnection { url, .. } => {
                tracing::debug!(url = %redact(url), "connecting");
            }
            InstrumentationEvent::FinishEstablishConnection { url, error, .. } => match error {
                Some(e) => tracing::warn!(url = %redact(url), error = %e, "connection failed"),
                None => pool_stats::connected(url),
            },
            InstrumentationEvent::StartQuery { .. } => {
                self.query_started = Some(Instant::now());
            }
            InstrumentationEvent::FinishQuery { query, error, .. } => {
                let Some(start) = self.query_started.take() else { return };
                let elapsed = start.elapsed();
                if elapsed.as_millis() as u64 >= THRESHOLD_MS.load(Ordering::Relaxed) {
                    let sql = query.to_string();
                    tracing::warn!(
                        id = %query_id(&sql),
                        elapsed_ms = elapsed.as_millis() as u64,
                        in_transaction = self.tx_depth > 0,
                        failed = error.is_some(),
                        sql = %sql,
                        "slow query"
                    );
                }
            }
            InstrumentationEvent::BeginTransaction { depth, .. } => self.tx_depth = depth.get(),
            InstrumentationEvent::CommitTransaction { depth, .. }
            | InstrumentationEvent::RollbackTransaction { depth, .. } => self.tx_depth = depth.get().saturating_sub(1),
            _ => {}
        }
    }
}
