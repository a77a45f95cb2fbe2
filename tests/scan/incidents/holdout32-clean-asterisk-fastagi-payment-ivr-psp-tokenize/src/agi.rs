//! FastAGI: environment lines, then one command / `200 result=` reply at a time. Replies are
//! held in `Zeroizing` buffers because `GET DATA` results are card digits.

use std::collections::HashMap;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use zeroize::Zeroizing;

pub struct Agi {
    rd: BufReader<tokio::net::tcp::OwnedReadHalf>,
    wr: tokio::net::tcp::OwnedWriteHalf,
    pub env: HashMap<String, String>,
}

impl Agi {
    pub async fn start(s: TcpStream) -> std::io::Result<Agi> {
        let (r, w) = s.into_split();
        let mut agi = Agi { rd: BufReader::new(r), wr: w, env: HashMap::new() };
        loop {
            let mut l = String::new();
            if agi.rd.read_line(&mut l).await? == 0 || l.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = l.trim_end().split_once(": ") {
                agi.env.insert(k.into(), v.into());
            }
        }
        Ok(agi)
    }

    pub async fn cmd(&mut self, c: &str) -> std::io::Result<Zeroizing<String>> {
        self.wr.write_all(format!("{c}\n").as_bytes()).await?;
        let mut line = Zeroizing::new(String::new());
        self.rd.read_line(&mut line).await?;
        Ok(Zeroizing::new(line.split("result=").nth(1).and_then(|r| r.split_whitespace().next()).unwrap_or("").to_string()))
    }
}
