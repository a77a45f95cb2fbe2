use async_trait::async_trait;
use tiberius::{Client, Config};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

use crate::config::{parse_ado, AdoError, Target};
use crate::conn_id::ConnectionId;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Tiberius(#[from] tiberius::error::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Config(#[from] AdoError),
}

pub struct TiberiusManager {
    config: Config,
    target: Target,
}

impl TiberiusManager {
    pub fn new(config: Config, target: Target) -> Self {
        TiberiusManager { config, target }
    }

    pub fn from_ado_string(s: &str) -> Result<Self, Error> {
        let (config, target) = parse_ado(s)?;
        Ok(Self::new(config, target))
    }

    pub fn target(&self) -> &Target {
        &self.target
    }
}

#[async_trait]
impl bb8::ManageConnection for TiberiusManager {
    type Connection = Client<Compat<TcpStream>>;
    type Error = Error;

    async fn connect(&self) -> Result<Self::Connection, Self::Error> {
        let id = ConnectionId::next();
        let tcp = TcpStream::connect(self.config.get_addr()).await?;
        tcp.set_nodelay(true)?;
        let client = Client::connect(self.config.clone(), tcp.compat_write()).await?;
        crate::diag::connected(id, &self.target);
        Ok(client)
    }

    async fn is_valid(&self, conn: &mut Self::Connection) -> Result<(), Self::Error> {
        conn.simple_query("SELECT 1").await?.into_row().await?;
        Ok(())
    }

    fn has_broken(&self, _conn: &mut Self::Connection) -> bool {
        false
    }
}
