//! Session settings for r2d2 PostgreSQL pools.

use postgres::Client;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

mod maintenance;
mod settings;
mod types;

pub use types::binary_ok;

#[derive(Clone, Debug)]
pub struct SessionCustomizer {
    settings: settings::Settings,
    opened: std::sync::Arc<AtomicU64>,
}

impl SessionCustomizer {
    pub fn new(application_name: &str) -> Self {
        SessionCustomizer { settings: settings::Settings::new(application_name), opened: Default::default() }
    }
    pub fn statement_timeout(mut self, d: Duration) -> Self {
        self.settings.statement_timeout = Some(d);
        self
    }
    pub fn lock_timeout(mut self, d: Duration) -> Self {
        self.settings.lock_timeout = Some(d);
        self
    }
    pub fn idle_in_transaction_timeout(mut self, d: Duration) -> Self {
        self.settings.idle_in_transaction = Some(d);
        self
    }
    pub fn search_path<I: IntoIterator<Item = S>, S: Into<String>>(mut self, schemas: I) -> Self {
        self.settings.search_path = schemas.into_iter().map(Into::into).collect();
        self
    }
    pub fn time_zone(mut self, tz: &str) -> Self {
        self.settings.time_zone = Some(tz.to_string());
        self
    }
    pub fn jit(mut self, on: bool) -> Self {
        self.settings.jit = on;
        self
    }
}

impl r2d2::CustomizeConnection<Client, postgres::Error> for SessionCustomizer {
    /// Runs on every connection the pool opens, before it is handed out.
    fn on_acquire(&self, conn: &mut Client) -> Result<(), postgres::Error> {
        conn.batch_execute(&self.settings.sql())?;
        let n = self.opened.fetch_add(1, Ordering::Relaxed) + 1;
        maintenance::tick(conn, n);
        Ok(())
    }
}
