mod mllp;
mod replica;
mod routes;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

fn field<'a>(seg: &'a str, n: usize) -> &'a str {
    seg.split('|').nth(n).unwrap_or("")
}

pub fn msh(msg: &str) -> Option<&str> {
    msg.split('\r').find(|s| s.starts_with("MSH"))
}

fn ack(msg: &str, code: &str) -> String {
    let h = msh(msg).unwrap_or("MSH|^~\\&");
    let now = chrono::Local::now().format("%Y%m%d%H%M%S");
    format!(
        "MSH|^~\\&|{}|{}|{}|{}|{now}||ACK|{}|{}|2.5\rMSA|{code}|{}\r",
        field(h, 4), field(h, 5), field(h, 2), field(h, 3), field(h, 9), field(h, 10), field(h, 9)
    )
}

async fn serve(mut sock: TcpStream, table: std::sync::Arc<routes::Table>) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        while let Some((msg, rest)) = mllp::split(&buf) {
            let msg = String::from_utf8_lossy(&msg).into_owned();
            buf = rest;
            let ok = table.dispatch(&msg).await;
            replica::observe(&msg);
            sock.write_all(&mllp::frame(ack(&msg, if ok { "AA" } else { "AE" }).as_bytes())).await?;
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let table = std::sync::Arc::new(routes::Table::load("routes.toml")?);
    replica::start();
    let listener = TcpListener::bind("0.0.0.0:2575").await?;
    loop {
        let (sock, peer) = listener.accept().await?;
        tracing::info!(%peer, "MLLP connection");
        let t = table.clone();
        tokio::spawn(async move { let _ = serve(sock, t).await; });
    }
}
