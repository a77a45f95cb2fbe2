//! `tracing` instrumentation for Diesel.

use diesel::connection::{set_default_instrumentation, Instrumentation, InstrumentationEvent};
use std::time::Instant;

/// Installs `TracingInstrumentation` for every connection established afterwards.
pub fn install_default() {
    if let Err(e) = set_default_instrumentation(|| Some(Box::new(TracingInstrumentation::default()))) {
        tracing::warn!(error = %e, "could not install default diesel instrumentation");
    }
}

/// `postgres://app:s3cret@db.internal:5432/app?sslpassword=x` -> `postgres://app@db.internal:5432/app`
pub fn sanitize(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_password(None);
            u.set_query(None);
            u.set_fragment(None);
            u.to_string()
        }
        Err(_) => {
            let scheme = url.split("://").next().unwrap_or("db");
            format!("{scheme}://<redacted>")
        }
    }
}

#[derive(Default)]
pub struct TracingInstrumentation {
    query_started: Option<Instant>,
    connect_started: Option<Instant>,
}

impl Instrumentation for TracingInstrumentation {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartEstablishConnection { url, .. } => {
                self.connect_started = Some(Instant::now());
                tracing::debug!(target: "db.connect", url = %sanitize(url), "connecting");
            }
            InstrumentationEvent::FinishEstablishConnection { url, error, .. } => {
                let ms = self.connect_started.take().map(|s| s.elapsed().as_millis() as u64).unwrap_or(0);
                match error {
                    Some(e) => tracing::warn!(target: "db.connect", url = %sanitize(url), elapsed_ms = ms, error = %e, "connection failed"),
                    None => tracing::info!(target: "db.connect", url = %sanitize(url), elapsed_ms = ms, "connected"),
                }
            }
            InstrumentationEvent::StartQuery { .. } => self.query_started = Some(Instant::now()),
            InstrumentationEvent::FinishQuery { query, error, .. } => {
                let ms = self.query_started.take().map(|s| s.elapsed().as_millis() as u64).unwrap_or(0);
                let sql = query.to_string();
                let sql = sql.split("-- binds:").next().unwrap_or_default().trim();
                match error {
                    Some(e) => tracing::warn!(target: "db.query", elapsed_ms = ms, sql, error = %e, "query failed"),
                    None => tracing::debug!(target: "db.query", elapsed_ms = ms, sql, "query"),
                }
            }
            InstrumentationEvent::BeginTransaction { depth, .. } => {
                tracing::debug!(target: "db.transaction", depth = depth.get(), "begin")
            }
            InstrumentationEvent::CommitTransaction { depth, .. } => {
                tracing::debug!(target: "db.transaction", depth = depth.get(), "commit")
            }
            InstrumentationEvent::RollbackTransaction { depth, .. } => {
                tracing::debug!(target: "db.transaction", depth = depth.get(), "rollback")
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn strips_credentials() {
        assert_eq!(
            super::sanitize("postgres://app:s3cret@db.internal:5432/app?sslpassword=x"),
            "postgres://app@db.internal:5432/app"
        );
    }
}
