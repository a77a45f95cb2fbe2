//! Minimal ZMTP 3.0 PUSH client (NULL mechanism) for the event sink.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn greeting() -> [u8; 64] {
    let mut g = [0u8; 64];
    g[0] = 0xFF;
    g[9] = 0x7F;
    g[10] = 3;
    g[11] = 0;
    g[12..16].copy_from_slice(b"NULL");
    g
}

fn ready(socket_type: &str) -> Vec<u8> {
    let mut body = vec![5];
    body.extend_from_slice(b"READY");
    body.push(11);
    body.extend_from_slice(b"Socket-Type");
    body.extend_from_slice(&(socket_type.len() as u32).to_be_bytes());
    body.extend_from_slice(socket_type.as_bytes());
    let mut cmd = vec![0x04, body.len() as u8];
    cmd.extend_from_slice(&body);
    cmd
}

fn frame(data: &[u8], more: bool) -> Vec<u8> {
    let mut f = Vec::with_capacity(data.len() + 9);
    let flag = if more { 0x01 } else { 0x00 };
    if data.len() < 256 {
        f.push(flag);
        f.push(data.len() as u8);
    } else {
        f.push(flag | 0x02);
        f.extend_from_slice(&(data.len() as u64).to_be_bytes());
    }
    f.extend_from_slice(data);
    f
}

pub async fn push(addr: &str, parts: &[Vec<u8>]) -> std::io::Result<()> {
    let mut s = tokio::time::timeout(std::time::Duration::from_secs(3), TcpStream::connect(addr)).await??;
    s.write_all(&greeting()).await?;
    let mut peer = [0u8; 64];
    s.read_exact(&mut peer).await?;
    s.write_all(&ready("PUSH")).await?;
    let mut hdr = [0u8; 2];
    s.read_exact(&mut hdr).await?;
    let mut rest = vec![0u8; hdr[1] as usize];
    s.read_exact(&mut rest).await?;
    for (i, p) in parts.iter().enumerate() {
        s.write_all(&frame(p, i + 1 < parts.len())).await?;
    }
    s.flush().await
}
