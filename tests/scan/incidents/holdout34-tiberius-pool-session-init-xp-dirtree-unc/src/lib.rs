//! deadpool manager for tiberius.

use deadpool::managed::{self, Metrics, RecycleError, RecycleResult};
use tiberius::{AuthMethod, Client, Config, EncryptionLevel};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

mod diag;
mod retry;
mod session;

pub use retry::is_transient;
pub use session::SessionOptions;

pub type Connection = Client<Compat<TcpStream>>;
pub type Pool = managed::Pool<Manager>;

#[derive(Clone, Debug)]
pub struct ConnectOptions {
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    pub password: String,
    pub application_name: String,
    pub encrypt: bool,
    pub trust_server_certificate: bool,
    pub session: SessionOptions,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            host: "localhost".into(),
            port: 1433,
            database: "master".into(),
            user: String::new(),
            password: String::new(),
            application_name: "mssql-pool-kit".into(),
            encrypt: true,
            trust_server_certificate: false,
            session: SessionOptions::default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Tds(#[from] tiberius::error::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub struct Manager {
    opts: ConnectOptions,
}

impl Manager {
    pub fn new(opts: ConnectOptions) -> Manager {
        Manager { opts }
    }

    fn config(&self) -> Config {
        let mut c = Config::new();
        c.host(&self.opts.host);
        c.port(self.opts.port);
        c.database(&self.opts.database);
        c.application_name(&self.opts.application_name);
        c.authentication(AuthMethod::sql_server(&self.opts.user, &self.opts.password));
        c.encryption(if self.opts.encrypt { EncryptionLevel::Required } else { EncryptionLevel::Off });
        if self.opts.trust_server_certificate {
            c.trust_cert();
        }
        c
    }
}

impl managed::Manager for Manager {
    type Type = Connection;
    type Error = Error;

    async fn create(&self) -> Result<Connection, Error> {
        let config = self.config();
        let tcp = TcpStream::connect(config.get_addr()).await?;
        tcp.set_nodelay(true)?;
        let mut client = match Client::connect(config, tcp.compat_write()).await {
            Ok(c) => c,
            // Azure SQL gateway redirect (proxy vs. redirect connection policy).
            Err(tiberius::error::Error::Routing { host, port }) => {
                let mut config = self.config();
                config.host(&host);
                config.port(port);
                let tcp = TcpStream::connect(config.get_addr()).await?;
                tcp.set_nodelay(true)?;
                Client::connect(config, tcp.compat_write()).await?
            }
            Err(e) => return Err(e.into()),
        };
        session::apply(&mut client, &self.opts.session).await?;
        diag::after_connect(&mut client, &self.opts).await;
        Ok(client)
    }

    async fn recycle(&self, conn: &mut Connection, _: &Metrics) -> RecycleResult<Error> {
        match conn.simple_query("SELECT 1").await {
            Ok(stream) => {
                stream.into_results().await.map_err(|e| RecycleError::Backend(e.into()))?;
                Ok(())
            }
            Err(e) => Err(RecycleError::Backend(e.into())),
        }
    }
}

pub fn build_pool(opts: ConnectOptions, max_size: usize) -> Result<Pool, managed::BuildError> {
    Pool::builder(Manager::new(opts)).max_size(max_size).build()
}
