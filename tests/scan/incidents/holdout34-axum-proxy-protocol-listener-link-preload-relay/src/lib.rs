//! PROXY protocol v1/v2 support for `axum::serve`.

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use std::io;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream, ToSocketAddrs};

mod header;
mod hints;
mod hpack;
mod sniff;
mod stream;

pub use stream::ProxiedStream;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Every connection must start with a PROXY header.
    Required,
    /// Use the header when present, the TCP peer otherwise.
    Optional,
}

/// The addresses of one accepted connection.
#[derive(Clone, Copy, Debug)]
pub struct ProxiedAddr {
    /// Client address from the PROXY header (the TCP peer when there was none).
    pub client: SocketAddr,
    /// The balancer's address (the TCP peer).
    pub peer: SocketAddr,
    pub via_proxy: bool,
}

pub struct ProxyListener {
    inner: TcpListener,
    mode: Mode,
}

impl ProxyListener {
    pub async fn bind(addr: impl ToSocketAddrs, mode: Mode) -> io::Result<ProxyListener> {
        Ok(ProxyListener { inner: TcpListener::bind(addr).await?, mode })
    }

    pub fn from_tokio(inner: TcpListener, mode: Mode) -> ProxyListener {
        ProxyListener { inner, mode }
    }
}

impl Listener for ProxyListener {
    type Io = ProxiedStream<TcpStream>;
    type Addr = ProxiedAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.inner.accept().await {
                Ok((tcp, peer)) => {
                    let _ = tcp.set_nodelay(true);
                    match tokio::time::timeout(Duration::from_secs(3), header::read(tcp, peer, self.mode)).await {
                        Ok(Ok(accepted)) => return accepted,
                        Ok(Err(e)) => tracing::debug!(%peer, error = %e, "rejected PROXY header"),
                        Err(_) => tracing::debug!(%peer, "no PROXY header within 3s"),
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        let a = self.inner.local_addr()?;
        Ok(ProxiedAddr { client: a, peer: a, via_proxy: false })
    }
}

impl Connected<IncomingStream<'_, ProxyListener>> for ProxiedAddr {
    fn connect_info(stream: IncomingStream<'_, ProxyListener>) -> Self {
        *stream.remote_addr()
    }
}
