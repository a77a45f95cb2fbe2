//! `diesel::connection::set_default_instrumentation(|| diesel_slowlog::with_threshold(200))`
//!
//! Queries slower than the threshold are logged at WARN through `tracing`; connection URLs
//! are logged with the password replaced by `***`. Bind parameters are never logged.

use diesel::connection::{Instrumentation, InstrumentationEvent};
use std::time::{Duration, Instant};

pub struct SlowLog {
    threshold: Duration,
    started: Option<Instant>,
}

pub fn with_threshold(ms: u64) -> Option<Box<dyn Instrumentation>> {
    Some(Box::new(SlowLog { threshold: Duration::from_millis(ms), started: None }))
}

/// `postgres://user:secret@db/app` -> `postgres://user:***@db/app`
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let Some((userinfo, host)) = rest.rsplit_once('@') else { return url.to_string() };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

impl Instrumentation for SlowLog {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartEstablishConnection { url, .. } => {
                tracing::debug!(url = %redact_url(url), "connecting");
            }
            InstrumentationEvent::StartQuery { .. } => self.started = Some(Instant::now()),
            InstrumentationEvent::FinishQuery { query, error, .. } => {
                if let Some(t) = self.started.take() {
                    let el = t.elapsed();
                    if el >= self.threshold {
                        // DebugQuery's Display prints the SQL text only; binds are omitted
                        let sql = query.to_string();
                        let sql = sql.split("-- binds").next().unwrap_or("").trim().to_string();
                        tracing::warn!(elapsed_ms = el.as_millis() as u64, failed = error.is_some(), %sql, "slow query");
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn redacts_password() {
        assert_eq!(redact_url("postgres://app:hunter2@db.internal:5432/app"), "postgres://app:***@db.internal:5432/app");
        assert_eq!(redact_url("sqlite://local.db"), "sqlite://local.db");
    }
}
