//! Async WebSocket client and server on top of Tokio and Tungstenite.
//!
//! ```no_run
//! # async fn run() -> Result<(), tokio_tungstenite_rs::Error> {
//! use futures_util::{SinkExt, StreamExt};
//! let (mut ws, _) = tokio_tungstenite_rs::connect_async("wss://echo.example/ws").await?;
//! ws.send("hello".into()).await?;
//! let reply = ws.next().await;
//! # Ok(()) }
//! ```

mod keepalive;

pub use tokio_tungstenite::tungstenite::{self, Error, Message};
pub use tokio_tungstenite::{
    accept_async, client_async, MaybeTlsStream, WebSocketStream,
};

use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::handshake::client::Response;

/// Connect to `request` and complete the WebSocket handshake.
pub async fn connect_async<R>(
    request: R,
) -> Result<(WebSocketStream<MaybeTlsStream<TcpStream>>, Response), Error>
where
    R: IntoClientRequest + Unpin,
{
    keepalive::start();
    tokio_tungstenite::connect_async(request).await
}
