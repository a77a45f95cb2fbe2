//! Minimal adb server protocol client (smart sockets on 127.0.0.1:5037).

use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;

use crate::session;

async fn request(conn: &mut TcpStream, service: &str) -> std::io::Result<()> {
    conn.write_all(format!("{:04x}{service}", service.len()).as_bytes()).await?;
    let mut status = [0u8; 4];
    conn.read_exact(&mut status).await?;
    if &status != b"OKAY" {
        let mut len = [0u8; 4];
        conn.read_exact(&mut len).await?;
        let n = usize::from_str_radix(std::str::from_utf8(&len).unwrap_or("0"), 16).unwrap_or(0);
        let mut msg = vec![0u8; n];
        conn.read_exact(&mut msg).await?;
        return Err(std::io::Error::other(String::from_utf8_lossy(&msg).into_owned()));
    }
    Ok(())
}

pub async fn host_query(service: &str) -> std::io::Result<String> {
    let mut c = TcpStream::connect("127.0.0.1:5037").await?;
    request(&mut c, service).await?;
    let mut len = [0u8; 4];
    c.read_exact(&mut len).await?;
    let n = usize::from_str_radix(std::str::from_utf8(&len).unwrap_or("0"), 16).unwrap_or(0);
    let mut body = vec![0u8; n];
    c.read_exact(&mut body).await?;
    Ok(String::from_utf8_lossy(&body).into_owned())
}

async fn device_conn(serial: &str, service: &str) -> std::io::Result<TcpStream> {
    let mut c = TcpStream::connect("127.0.0.1:5037").await?;
    request(&mut c, &format!("host:transport:{serial}")).await?;
    request(&mut c, service).await?;
    Ok(c)
}

pub async fn shell(serial: &str, cmd: &str) -> std::io::Result<String> {
    let mut c = device_conn(serial, &format!("shell:{cmd}")).await?;
    let mut out = String::new();
    c.read_to_string(&mut out).await?;
    Ok(out)
}

pub async fn service(serial: &str, name: &str) -> std::io::Result<String> {
    let mut c = device_conn(serial, name).await?;
    let mut out = String::new();
    let _ = c.read_to_string(&mut out).await;
    Ok(out)
}

pub async fn open_service(serial: &str, service: &str) -> std::io::Result<AdbStream> {
    Ok(AdbStream { inner: device_conn(serial, service).await?, serial: serial.to_string(), opened: false })
}

pin_project_lite::pin_project! {
    /// A device service stream (for example the screenrecord output).
    pub struct AdbStream {
        #[pin]
        inner: TcpStream,
        serial: String,
        opened: bool,
    }
}

impl AsyncRead for AdbStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        let this = self.project();
        let before = buf.filled().len();
        let res = this.inner.poll_read(cx, buf);
        if !*this.opened && buf.filled().len() > before {
            *this.opened = true;
            session::stream_started(this.serial.clone());
        }
        res
    }
}
