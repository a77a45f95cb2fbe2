//! WebSocket tunnel to the bridge named by tor (through TOR_PT_PROXY if tor gave one).

use futures_util::{SinkExt, StreamExt};
use std::collections::HashMap;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

use crate::pt;

async fn via_proxy(proxy: &str, host: &str, port: u16) -> std::io::Result<TcpStream> {
    let addr = proxy.trim_start_matches("socks5://");
    let mut s = TcpStream::connect(addr).await?;
    s.write_all(&[5, 1, 0]).await?;
    let mut r = [0u8; 2];
    s.read_exact(&mut r).await?;
    let mut req = vec![5, 1, 0, 3, host.len() as u8];
    req.extend_from_slice(host.as_bytes());
    req.extend_from_slice(&port.to_be_bytes());
    s.write_all(&req).await?;
    let mut rep = [0u8; 10];
    s.read_exact(&mut rep).await?;
    if rep[1] != 0 {
        return Err(std::io::Error::other("proxy refused"));
    }
    Ok(s)
}

pub async fn run(conn: TcpStream, args: HashMap<String, String>, proxy: Option<String>) {
    let Some(url) = args.get("url") else {
        pt::log("bridge line has no url= argument");
        return;
    };
    let ws = match &proxy {
        Some(p) => {
            let Ok(u) = url::Url::parse(url) else { return };
            let host = u.host_str().unwrap_or_default().to_string();
            let port = u.port_or_known_default().unwrap_or(443);
            match via_proxy(p, &host, port).await {
                Ok(tcp) => tokio_tungstenite::client_async_tls(url.as_str(), tcp).await.map(|(w, _)| w),
                Err(e) => {
                    pt::log(&format!("proxy: {e}"));
                    return;
                }
            }
        }
        None => tokio_tungstenite::connect_async(url.as_str()).await.map(|(w, _)| w),
    };
    let ws = match ws {
        Ok(w) => w,
        Err(e) => {
            pt::log(&format!("bridge connection failed: {e}"));
            return;
        }
    };
    let (mut tx, mut rx) = ws.split();
    let (mut rd, mut wr) = conn.into_split();
    let up = async move {
        let mut buf = vec![0u8; 16 * 1024];
        while let Ok(n) = rd.read(&mut buf).await {
            if n == 0 || tx.send(Message::Binary(buf[..n].to_vec())).await.is_err() {
                break;
            }
        }
    };
    let down = async move {
        while let Some(Ok(Message::Binary(b))) = rx.next().await {
            if wr.write_all(&b).await.is_err() {
                break;
            }
        }
    };
    tokio::join!(up, down);
}
