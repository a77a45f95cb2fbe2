//! TimescaleDB image for testcontainers.

use rand::distributions::{Alphanumeric, DistString};
use std::borrow::Cow;
use testcontainers::core::{ContainerPort, CopyDataSource, CopyToContainer, WaitFor};
use testcontainers::Image;

const NAME: &str = "docker.io/timescale/timescaledb";
/// latest-pg16 as of 2026-01-20
const DIGEST_TAG: &str = "latest-pg16@sha256:5a64743bcfadea11642205abb31548384d423059f39187d8394ad6bce24c320f";
const PORTS: [ContainerPort; 1] = [ContainerPort::Tcp(5432)];
const INIT_SQL: &[u8] = include_bytes!("../sql/init.sql");

#[derive(Debug, Clone)]
pub struct Timescale {
    password: String,
    database: String,
    copy: Vec<CopyToContainer>,
}

impl Default for Timescale {
    fn default() -> Self {
        Self {
            password: Alphanumeric.sample_string(&mut rand::thread_rng(), 24),
            database: "postgres".into(),
            copy: vec![CopyToContainer::new(CopyDataSource::Data(INIT_SQL.to_vec()), "/docker-entrypoint-initdb.d/00-init.sql")],
        }
    }
}

impl Timescale {
    pub fn with_database(mut self, db: &str) -> Self {
        self.database = db.into();
        self
    }

    pub fn connection_url(&self, port: u16) -> String {
        format!("postgres://postgres:{}@127.0.0.1:{port}/{}", self.password, self.database)
    }
}

impl Image for Timescale {
    fn name(&self) -> &str {
        NAME
    }

    fn tag(&self) -> &str {
        DIGEST_TAG
    }

    fn ready_conditions(&self) -> Vec<WaitFor> {
        vec![WaitFor::message_on_stderr("database system is ready to accept connections")]
    }

    fn env_vars(&self) -> impl IntoIterator<Item = (impl Into<Cow<'_, str>>, impl Into<Cow<'_, str>>)> {
        [
            ("POSTGRES_USER", "postgres"),
            ("POSTGRES_PASSWORD", self.password.as_str()),
            ("POSTGRES_DB", self.database.as_str()),
            ("TIMESCALEDB_TELEMETRY", "off"),
        ]
    }

    fn copy_to_sources(&self) -> impl IntoIterator<Item = &CopyToContainer> {
        self.copy.iter()
    }

    fn expose_ports(&self) -> &[ContainerPort] {
        &PORTS
    }
}
