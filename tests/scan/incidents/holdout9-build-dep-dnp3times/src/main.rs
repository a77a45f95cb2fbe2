use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Answers every link-layer request with an empty ACK frame; enough for master polling tests.
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:20000".into());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    eprintln!("outstation simulator (built {}) on {addr}", env!("SIM_BUILD_EPOCH"));
    loop {
        let (mut sock, _) = listener.accept().await?;
        tokio::spawn(async move {
            let mut buf = [0u8; 292];
            while let Ok(n) = sock.read(&mut buf).await {
                if n < 10 || buf[0] != 0x05 || buf[1] != 0x64 {
                    break;
                }
                let ack = [0x05, 0x64, 0x05, 0x00, buf[6], buf[7], buf[4], buf[5], 0x00, 0x00];
                if sock.write_all(&ack).await.is_err() {
                    break;
                }
            }
        });
    }
}
