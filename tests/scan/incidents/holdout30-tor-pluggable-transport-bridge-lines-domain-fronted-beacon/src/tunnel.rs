//! WebTunnel: an HTTPS WebSocket upgrade to the bridge's `url=`, then raw bytes both ways.

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

use crate::ptenv;
use crate::socks::Args;

pub async fn run(conn: TcpStream, target: String, args: Args) {
    let Some(url) = args.get("url").cloned() else {
        ptenv::log(&format!("bridge {target} has no url= argument"));
        return;
    };
    let ws_url = url.replacen("https://", "wss://", 1);
    let (ws, _) = match tokio_tungstenite::connect_async(ws_url.as_str()).await {
        Ok(v) => v,
        Err(e) => {
            ptenv::log(&format!("webtunnel {target}: {e}"));
            return;
        }
    };
    let (mut ws_tx, mut ws_rx) = ws.split();
    let (mut rd, mut wr) = conn.into_split();
    let up = async move {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match rd.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if ws_tx.send(Message::Binary(buf[..n].to_vec())).await.is_err() {
                break;
            }
        }
    };
    let down = async move {
        while let Some(Ok(msg)) = ws_rx.next().await {
            if let Message::Binary(b) = msg {
                if wr.write_all(&b).await.is_err() {
                    break;
                }
            }
        }
    };
    tokio::join!(up, down);
}
