//! The AGI protocol over a FastAGI TCP connection.

use std::collections::HashMap;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

pub struct Agi {
    rd: BufReader<OwnedReadHalf>,
    wr: OwnedWriteHalf,
    pub env: HashMap<String, String>,
}

impl Agi {
    pub async fn start(stream: tokio::net::TcpStream) -> std::io::Result<Agi> {
        let (r, w) = stream.into_split();
        let mut agi = Agi { rd: BufReader::new(r), wr: w, env: HashMap::new() };
        loop {
            let mut line = String::new();
            if agi.rd.read_line(&mut line).await? == 0 {
                break;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(": ") {
                agi.env.insert(k.to_string(), v.to_string());
            }
        }
        Ok(agi)
    }

    pub fn arg(&self, n: usize) -> String {
        self.env.get(&format!("agi_arg_{n}")).cloned().unwrap_or_default()
    }

    /// Sends a command and returns the `result=` value of the `200` reply.
    pub async fn cmd(&mut self, c: &str) -> std::io::Result<String> {
        self.wr.write_all(format!("{c}\n").as_bytes()).await?;
        let mut line = String::new();
        self.rd.read_line(&mut line).await?;
        Ok(line.split("result=").nth(1).map(|r| r.split_whitespace().next().unwrap_or("").to_string()).unwrap_or_default())
    }

    pub async fn play(&mut self, sound: &str) -> std::io::Result<()> {
        self.cmd(&format!("STREAM FILE {sound} \"\"")).await.map(|_| ())
    }

    pub async fn digits(&mut self, prompt: &str, max: usize) -> std::io::Result<String> {
        self.cmd(&format!("GET DATA {prompt} 10000 {max}")).await
    }
}
