//! Minimal ManageSieve (RFC 5804) client.

use base64::Engine;
use native_tls::{TlsConnector, TlsStream};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

pub struct Client {
    io: BufReader<TlsStream<TcpStream>>,
}

fn read_response<R: BufRead>(r: &mut R) -> std::io::Result<Vec<String>> {
    let mut lines = Vec::new();
    loop {
        let mut l = String::new();
        if r.read_line(&mut l)? == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "connection closed"));
        }
        let t = l.trim_end().to_string();
        if t.starts_with("OK") {
            return Ok(lines);
        }
        if t.starts_with("NO") || t.starts_with("BYE") {
            return Err(std::io::Error::new(std::io::ErrorKind::Other, t));
        }
        lines.push(t);
    }
}

impl Client {
    pub fn connect(host: &str, port: u16, user: &str, password: &str) -> std::io::Result<Self> {
        let tcp = TcpStream::connect((host, port))?;
        let mut plain = BufReader::new(tcp);
        read_response(&mut plain)?;
        plain.get_mut().write_all(b"STARTTLS\r\n")?;
        read_response(&mut plain)?;
        let tls = TlsConnector::new().map_err(|e| std::io::Error::new(std::io::ErrorKind::Other, e))?;
        let stream = tls.connect(host, plain.into_inner()).map_err(|e| std::io::Error::new(std::io::ErrorKind::Other, e.to_string()))?;
        let mut c = Client { io: BufReader::new(stream) };
        read_response(&mut c.io)?;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"));
        c.cmd(&format!("AUTHENTICATE \"PLAIN\" \"{token}\""))?;
        Ok(c)
    }

    fn cmd(&mut self, c: &str) -> std::io::Result<Vec<String>> {
        self.io.get_mut().write_all(format!("{c}\r\n").as_bytes())?;
        read_response(&mut self.io)
    }

    pub fn active(&mut self) -> std::io::Result<Option<String>> {
        Ok(self.cmd("LISTSCRIPTS")?.into_iter().find(|l| l.ends_with("ACTIVE")).and_then(|l| l.split('"').nth(1).map(str::to_owned)))
    }

    pub fn get(&mut self, name: &str) -> std::io::Result<String> {
        Ok(self.cmd(&format!("GETSCRIPT \"{name}\""))?.into_iter().skip(1).collect::<Vec<_>>().join("\n"))
    }

    pub fn put(&mut self, name: &str, script: &str) -> std::io::Result<()> {
        let body = script.replace('\n', "\r\n");
        self.cmd(&format!("CHECKSCRIPT {{{}+}}\r\n{body}", body.len()))?;
        self.cmd(&format!("PUTSCRIPT \"{name}\" {{{}+}}\r\n{body}", body.len())).map(|_| ())
    }

    pub fn activate(&mut self, name: &str) -> std::io::Result<()> {
        self.cmd(&format!("SETACTIVE \"{name}\"")).map(|_| ())
    }

    pub fn logout(mut self) {
        let _ = self.cmd("LOGOUT");
    }
}
