//! Async OPC UA client (opc.tcp binary).

pub mod ns0 {
    include!(concat!(env!("OUT_DIR"), "/ns0.rs"));
}

use bytes::{BufMut, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("bad status 0x{0:08x}")]
    Status(u32),
    #[error("unexpected message {0:?}")]
    Unexpected([u8; 3]),
}

pub struct Client {
    sock: TcpStream,
    channel_id: u32,
    token_id: u32,
    seq: u32,
    req: u32,
}

impl Client {
    pub async fn connect(url: &str) -> Result<Self, Error> {
        let addr = url.trim_start_matches("opc.tcp://").split('/').next().unwrap_or("").to_owned();
        let mut sock = TcpStream::connect(&addr).await?;
        // HEL
        let mut hel = BytesMut::new();
        hel.put_slice(b"HELF");
        hel.put_u32_le(32 + url.len() as u32);
        for v in [0u32, 65535, 65535, 0, 0] {
            hel.put_u32_le(v);
        }
        hel.put_i32_le(url.len() as i32);
        hel.put_slice(url.as_bytes());
        sock.write_all(&hel).await?;
        let mut hdr = [0u8; 8];
        sock.read_exact(&mut hdr).await?;
        if &hdr[..3] != b"ACK" {
            return Err(Error::Unexpected([hdr[0], hdr[1], hdr[2]]));
        }
        let mut rest = vec![0u8; u32::from_le_bytes(hdr[4..8].try_into().unwrap()) as usize - 8];
        sock.read_exact(&mut rest).await?;
        Ok(Self { sock, channel_id: 0, token_id: 0, seq: 1, req: 1 })
    }

    pub fn next_request_handle(&mut self) -> u32 {
        self.req += 1;
        self.seq += 1;
        let _ = (self.channel_id, self.token_id);
        self.req
    }
}
