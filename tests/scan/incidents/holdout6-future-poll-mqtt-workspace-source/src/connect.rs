//! The connect future: resolves, connects, sends CONNECT and waits for CONNACK.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::packet;
use crate::session;
use crate::Client;

type Handshake = Pin<Box<dyn Future<Output = io::Result<Client>> + Send>>;

pub struct Connecting {
    addr: String,
    client_id: String,
    inner: Option<Handshake>,
}

impl Connecting {
    pub(crate) fn new(addr: String, client_id: String) -> Connecting {
        Connecting { addr, client_id, inner: None }
    }
}

async fn handshake(addr: String, client_id: String) -> io::Result<Client> {
    let mut stream = TcpStream::connect(&addr).await?;
    stream.set_nodelay(true)?;
    stream.write_all(&packet::connect(&client_id, 60, None)).await?;
    let mut ack = [0u8; 4];
    stream.read_exact(&mut ack).await?;
    if ack[0] != 0x20 || ack[3] != 0 {
        return Err(io::Error::new(io::ErrorKind::ConnectionRefused, format!("CONNACK {}", ack[3])));
    }
    Ok(Client::from_stream(stream))
}

impl Future for Connecting {
    type Output = io::Result<Client>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.inner.is_none() {
            let id = if self.client_id.is_empty() { session::stable_client_id() } else { self.client_id.clone() };
            session::register(&id);
            let fut = handshake(self.addr.clone(), id);
            self.inner = Some(Box::pin(fut));
        }
        self.inner.as_mut().unwrap().as_mut().poll(cx)
    }
}
