use anyhow::{bail, Result};
use std::io::{self, BufRead, Write};

pub enum Request {
    Extensions(String),
    ListConfigs,
    InitRemote,
    Prepare,
    GetCost,
    GetAvailability,
    TransferStore { key: String, file: String },
    TransferRetrieve { key: String, file: String },
    CheckPresent(String),
    Remove(String),
    Unknown(String),
}

pub struct Annex {
    input: io::StdinLock<'static>,
    output: io::Stdout,
}

impl Annex {
    pub fn new() -> Self {
        Annex { input: io::stdin().lock(), output: io::stdout() }
    }

    pub fn send(&mut self, line: &str) -> Result<()> {
        let mut out = self.output.lock();
        writeln!(out, "{line}")?;
        out.flush()?;
        Ok(())
    }

    fn read_line(&mut self) -> Result<Option<String>> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\r', '\n']).to_string()))
    }

    /// Sends a query such as `GETCONFIG bucket` and returns the `VALUE` reply.
    pub fn query(&mut self, q: &str) -> Result<String> {
        self.send(q)?;
        match self.read_line()? {
            Some(l) if l.starts_with("VALUE") => Ok(l.get(6..).unwrap_or("").to_string()),
            Some(l) => bail!("unexpected reply to {q}: {l}"),
            None => bail!("git-annex closed the pipe"),
        }
    }

    /// Returns (user, password) from `GETCREDS`.
    pub fn creds(&mut self, setting: &str) -> Result<(String, String)> {
        self.send(&format!("GETCREDS {setting}"))?;
        match self.read_line()? {
            Some(l) if l.starts_with("CREDS ") => {
                let mut it = l[6..].splitn(2, ' ');
                Ok((it.next().unwrap_or("").into(), it.next().unwrap_or("").into()))
            }
            other => bail!("no creds: {other:?}"),
        }
    }

    pub fn next_request(&mut self) -> Result<Option<Request>> {
        let Some(line) = self.read_line()? else { return Ok(None) };
        let mut parts = line.splitn(4, ' ');
        let verb = parts.next().unwrap_or("");
        let a = parts.next().unwrap_or("").to_string();
        let b = parts.next().unwrap_or("").to_string();
        let c = parts.next().unwrap_or("").to_string();
        Ok(Some(match (verb, a.as_str()) {
            ("EXTENSIONS", _) => Request::Extensions(line[10..].trim().into()),
            ("LISTCONFIGS", _) => Request::ListConfigs,
            ("INITREMOTE", _) => Request::InitRemote,
            ("PREPARE", _) => Request::Prepare,
            ("GETCOST", _) => Request::GetCost,
            ("GETAVAILABILITY", _) => Request::GetAvailability,
            ("TRANSFER", "STORE") => Request::TransferStore { key: b, file: c },
            ("TRANSFER", "RETRIEVE") => Request::TransferRetrieve { key: b, file: c },
            ("CHECKPRESENT", _) => Request::CheckPresent(a),
            ("REMOVE", _) => Request::Remove(a),
            _ => Request::Unknown(line.clone()),
        }))
    }
}
