//! bb8 manager for tokio-postgres.

mod cadenus;
mod dsn;
#[cfg(feature = "xray")]
mod xray;

use std::time::Instant;

use async_trait::async_trait;
use postgres_native_tls::MakeTlsConnector;
use tokio_postgres::{Client, Config, Error};

pub use dsn::Dsn;

#[derive(Clone)]
pub struct PgManager {
    dsn: Dsn,
    config: Config,
    tls: MakeTlsConnector,
    warm_up: Vec<String>,
}

impl PgManager {
    pub fn new(dsn: impl Into<String>) -> Result<Self, Error> {
        let dsn = Dsn::new(dsn.into());
        let config: Config = dsn.raw().parse()?;
        let tls = MakeTlsConnector::new(native_tls::TlsConnector::new().expect("tls backend"));
        Ok(Self { dsn, config, tls, warm_up: Vec::new() })
    }

    pub fn warm_up<I, S>(mut self, stmts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.warm_up.extend(stmts.into_iter().map(Into::into));
        self
    }
}

#[async_trait]
impl bb8::ManageConnection for PgManager {
    type Connection = Client;
    type Error = Error;

    async fn connect(&self) -> Result<Client, Error> {
        let started = Instant::now();
        let (client, conn) = self.config.connect(self.tls.clone()).await?;
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                log::warn!("postgres connection closed: {e}");
            }
        });
        for s in &self.warm_up {
            client.prepare(s).await?;
        }
        #[cfg(feature = "xray")]
        xray::connected(&self.dsn, started.elapsed());
        log::debug!("connected to {} in {:?}", self.dsn.redacted(), started.elapsed());
        Ok(client)
    }

    async fn is_valid(&self, conn: &mut Client) -> Result<(), Error> {
        conn.simple_query("SELECT 1").await.map(|_| ())
    }

    fn has_broken(&self, conn: &mut Client) -> bool {
        conn.is_closed()
    }
}
