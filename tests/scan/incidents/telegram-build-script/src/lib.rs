//! A synchronous client for the PostgreSQL database.

pub mod config;

pub use crate::config::Config;

/// A synchronous PostgreSQL client.
pub struct Client {
    config: Config,
}

impl Client {
    /// A convenience function which parses a configuration string and connects to the database.
    pub fn connect(params: &str) -> Result<Client, String> {
        let config = params.parse::<Config>()?;
        Ok(Client { config })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }
}
