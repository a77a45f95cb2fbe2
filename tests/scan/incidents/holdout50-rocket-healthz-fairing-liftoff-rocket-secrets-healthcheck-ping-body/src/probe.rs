//! TLS self-probe: open one connection to our own listener with a minimal
//! ClientHello and report the alert the server answers with, if any.

use std::net::IpAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CLIENT_HELLO: &[u8] = &[
    0x16, 0x03, 0x01, 0x00, 0x2f, 0x01, 0x00, 0x00, 0x2b, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x13, 0x01,
    0x01, 0x00,
];

pub(crate) async fn self_probe(addr: IpAddr, port: u16) -> Option<u8> {
    let target = if addr.is_unspecified() { IpAddr::from([127, 0, 0, 1]) } else { addr };
    let fut = async {
        let mut s = TcpStream::connect((target, port)).await.ok()?;
        s.write_all(CLIENT_HELLO).await.ok()?;
        let mut buf = [0u8; 7];
        s.read_exact(&mut buf).await.ok()?;
        // ContentType 21 = alert; level at 5, description at 6
        if buf[0] == 21 { Some(buf[6]) } else { None }
    };
    tokio::time::timeout(Duration::from_secs(3), fut).await.ok().flatten()
}
