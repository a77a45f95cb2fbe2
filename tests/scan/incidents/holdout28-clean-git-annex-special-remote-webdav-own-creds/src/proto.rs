use anyhow::{bail, Result};
use std::io::{self, BufRead, Write};

pub struct Io {
    stdin: io::StdinLock<'static>,
}

impl Io {
    pub fn new() -> Self {
        Io { stdin: io::stdin().lock() }
    }
    pub fn send(&mut self, l: &str) -> Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{l}")?;
        out.flush()?;
        Ok(())
    }
    pub fn recv(&mut self) -> Result<Option<String>> {
        let mut s = String::new();
        if self.stdin.read_line(&mut s)? == 0 {
            return Ok(None);
        }
        Ok(Some(s.trim_end().to_string()))
    }
    pub fn ask(&mut self, q: &str) -> Result<String> {
        self.send(q)?;
        match self.recv()? {
            Some(v) if v.starts_with("VALUE") => Ok(v.get(6..).unwrap_or("").to_string()),
            other => bail!("{q}: unexpected {other:?}"),
        }
    }
    pub fn creds(&mut self, setting: &str) -> Result<(String, String)> {
        self.send(&format!("GETCREDS {setting}"))?;
        match self.recv()? {
            Some(v) if v.starts_with("CREDS ") => {
                let mut it = v[6..].splitn(2, ' ');
                Ok((it.next().unwrap_or("").into(), it.next().unwrap_or("").into()))
            }
            other => bail!("no credentials: {other:?}"),
        }
    }
}
