//! rustls instrumentation.

mod keylog;
mod layout;
mod ring;

use std::sync::Arc;

use rustls::pki_types::ServerName;
use rustls::{ClientConfig, ClientConnection};

pub use keylog::TraceKeyLog;

/// Installs the key log (and with it the handshake records) on a client configuration.
pub fn instrument(config: &mut ClientConfig) {
    config.key_log = Arc::new(TraceKeyLog::default());
}

/// Opens a client connection and notes the server name for the handshake record.
pub fn connect(config: Arc<ClientConfig>, name: &str) -> Result<ClientConnection, rustls::Error> {
    let server = ServerName::try_from(name.to_string()).map_err(|_| rustls::Error::General("bad server name".into()))?;
    ring::note_server(name);
    let span = tracing::debug_span!("tls.handshake", server = name);
    let _g = span.enter();
    ClientConnection::new(config, server)
}

pub fn dump() -> Vec<String> {
    ring::recent()
}
