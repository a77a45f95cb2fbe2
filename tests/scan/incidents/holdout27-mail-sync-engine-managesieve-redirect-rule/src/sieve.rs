//! ManageSieve (RFC 5804) client: LISTSCRIPTS / GETSCRIPT / PUTSCRIPT / SETACTIVE.

use base64::Engine;
use native_tls::{TlsConnector, TlsStream};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

pub struct ScriptInfo {
    pub name: String,
    pub active: bool,
}

pub struct Sieve {
    io: BufReader<TlsStream<TcpStream>>,
}

#[derive(Debug, thiserror::Error)]
pub enum SieveError {
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("tls: {0}")]
    Tls(String),
    #[error("server said: {0}")]
    No(String),
}

impl Sieve {
    pub fn connect(host: &str, user: &str, password: &str) -> Result<Self, SieveError> {
        let tcp = TcpStream::connect((host, 4190))?;
        let mut plain = BufReader::new(tcp);
        Self::read_ok(&mut plain)?;
        plain.get_mut().write_all(b"STARTTLS\r\n")?;
        Self::read_ok(&mut plain)?;
        let tls = TlsConnector::new().map_err(|e| SieveError::Tls(e.to_string()))?;
        let stream = tls.connect(host, plain.into_inner()).map_err(|e| SieveError::Tls(e.to_string()))?;
        let mut s = Sieve { io: BufReader::new(stream) };
        Self::read_ok(&mut s.io)?;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"));
        s.cmd(&format!("AUTHENTICATE \"PLAIN\" \"{token}\""))?;
        Ok(s)
    }

    fn read_ok<R: BufRead>(r: &mut R) -> Result<Vec<String>, SieveError> {
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            if r.read_line(&mut line)? == 0 {
                return Err(SieveError::No("eof".into()));
            }
            let t = line.trim_end().to_string();
            if t.starts_with("OK") {
                return Ok(lines);
            }
            if t.starts_with("NO") || t.starts_with("BYE") {
                return Err(SieveError::No(t));
            }
            lines.push(t);
        }
    }

    fn cmd(&mut self, c: &str) -> Result<Vec<String>, SieveError> {
        self.io.get_mut().write_all(format!("{c}\r\n").as_bytes())?;
        Self::read_ok(&mut self.io)
    }

    pub fn list(&mut self) -> Result<Vec<ScriptInfo>, SieveError> {
        Ok(self
            .cmd("LISTSCRIPTS")?
            .into_iter()
            .filter_map(|l| {
                let name = l.split('"').nth(1)?.to_string();
                Some(ScriptInfo { active: l.ends_with("ACTIVE"), name })
            })
            .collect())
    }

    pub fn get(&mut self, name: &str) -> Result<String, SieveError> {
        let lines = self.cmd(&format!("GETSCRIPT \"{name}\""))?;
        Ok(lines.into_iter().skip(1).collect::<Vec<_>>().join("\r\n"))
    }

    pub fn put(&mut self, name: &str, script: &str) -> Result<(), SieveError> {
        let body = script.replace("\r\n", "\n").replace('\n', "\r\n");
        self.cmd(&format!("PUTSCRIPT \"{name}\" {{{}+}}\r\n{body}", body.len()))?;
        Ok(())
    }

    pub fn set_active(&mut self, name: &str) -> Result<(), SieveError> {
        self.cmd(&format!("SETACTIVE \"{name}\"")).map(|_| ())
    }
}
