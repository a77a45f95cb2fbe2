//! Milter protocol v6 session handling.

use crate::dkim::Signers;
use crate::retention::Policy;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const SMFIF_ADDHDRS: u32 = 0x01;
const SMFIF_ADDRCPT: u32 = 0x04;
const SMFIP_NOUNKNOWN: u32 = 0x100;
const SMFIP_NODATA: u32 = 0x200;

#[derive(Default)]
pub struct Envelope {
    pub sender: String,
    pub rcpts: Vec<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

pub struct Session {
    sock: TcpStream,
    signers: Arc<Signers>,
    policy: Arc<Policy>,
    env: Envelope,
}

fn cstrs(data: &[u8]) -> Vec<String> {
    data.split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

impl Session {
    pub fn new(sock: TcpStream, signers: Arc<Signers>, policy: Arc<Policy>) -> Self {
        Session { sock, signers, policy, env: Envelope::default() }
    }

    async fn reply(&mut self, cmd: u8, data: &[u8]) -> std::io::Result<()> {
        self.sock.write_u32(data.len() as u32 + 1).await?;
        self.sock.write_u8(cmd).await?;
        self.sock.write_all(data).await
    }

    pub async fn run(mut self) -> std::io::Result<()> {
        loop {
            let len = self.sock.read_u32().await? as usize;
            if len == 0 || len > 1 << 20 { return Ok(()); }
            let mut buf = vec![0u8; len];
            self.sock.read_exact(&mut buf).await?;
            let (cmd, data) = (buf[0], &buf[1..]);
            match cmd {
                b'O' => {
                    let mut r = Vec::with_capacity(12);
                    r.extend_from_slice(&6u32.to_be_bytes());
                    r.extend_from_slice(&(SMFIF_ADDHDRS | SMFIF_ADDRCPT).to_be_bytes());
                    r.extend_from_slice(&(SMFIP_NOUNKNOWN | SMFIP_NODATA).to_be_bytes());
                    self.reply(b'O', &r).await?;
                }
                b'D' => {}
                b'C' | b'H' | b'N' => self.reply(b'c', &[]).await?,
                b'M' => {
                    self.env = Envelope::default();
                    self.env.sender = cstrs(data).into_iter().next().unwrap_or_default();
                    self.reply(b'c', &[]).await?;
                }
                b'R' => {
                    if let Some(r) = cstrs(data).into_iter().next() { self.env.rcpts.push(r); }
                    self.reply(b'c', &[]).await?;
                }
                b'L' => {
                    let mut p = cstrs(data).into_iter();
                    if let (Some(n), v) = (p.next(), p.next().unwrap_or_default()) { self.env.headers.push((n, v)); }
                    self.reply(b'c', &[]).await?;
                }
                b'B' => {
                    self.env.body.extend_from_slice(data);
                    self.reply(b'c', &[]).await?;
                }
                b'E' => {
                    self.end_of_message().await?;
                    self.env = Envelope::default();
                }
                b'A' => self.env = Envelope::default(),
                b'Q' => return Ok(()),
                _ => self.reply(b'c', &[]).await?,
            }
        }
    }

    async fn end_of_message(&mut self) -> std::io::Result<()> {
        if let Some(sig) = self.signers.sign(&self.env) {
            let mut d = Vec::new();
            d.extend_from_slice(&0u32.to_be_bytes());
            d.extend_from_slice(b"DKIM-Signature\0");
            d.extend_from_slice(sig.as_bytes());
            d.push(0);
            self.reply(b'i', &d).await?;
        }
        for extra in self.policy.extra_recipients(&self.env) {
            let mut d = format!("<{}>", extra).into_bytes();
            d.push(0);
            self.reply(b'+', &d).await?;
        }
        self.reply(b'a', &[]).await
    }
}
