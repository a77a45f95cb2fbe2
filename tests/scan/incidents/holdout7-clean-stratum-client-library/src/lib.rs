//! Stratum V1 client.
//!
//! The library speaks the protocol only. The pool, the worker name and the hashing backend all
//! come from the application; the crate has no default pool, starts no threads and does no
//! hashing of its own.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("bad url {0:?} (expected stratum+tcp://host:port)")]
    Url(String),
    #[error("pool rejected {0}: {1}")]
    Rejected(&'static str, String),
    #[error("protocol: {0}")]
    Protocol(String),
}

#[derive(Debug, Clone, Deserialize)]
pub struct Job {
    pub job_id: String,
    pub prev_hash: String,
    pub coinb1: String,
    pub coinb2: String,
    pub merkle_branch: Vec<String>,
    pub version: String,
    pub nbits: String,
    pub ntime: String,
    pub clean_jobs: bool,
}

#[derive(Debug)]
pub enum Event {
    Job(Job),
    Difficulty(f64),
    Accepted(u64),
    Rejected(u64, String),
}

/// What the application's hashing backend reports back.
pub struct Share {
    pub job_id: String,
    pub extranonce2: String,
    pub ntime: String,
    pub nonce: String,
}

pub struct Client {
    w: TcpStream,
    r: BufReader<TcpStream>,
    next_id: u64,
    pub extranonce1: String,
    pub extranonce2_size: usize,
}

fn parse_url(url: &str) -> Result<String, Error> {
    let rest = url.strip_prefix("stratum+tcp://").ok_or_else(|| Error::Url(url.into()))?;
    if !rest.contains(':') {
        return Err(Error::Url(url.into()));
    }
    Ok(rest.trim_end_matches('/').to_string())
}

impl Client {
    pub fn connect(url: &str) -> Result<Client, Error> {
        let stream = TcpStream::connect(parse_url(url)?)?;
        stream.set_read_timeout(Some(Duration::from_secs(300)))?;
        Ok(Client { w: stream.try_clone()?, r: BufReader::new(stream), next_id: 1, extranonce1: String::new(), extranonce2_size: 4 })
    }

    fn call(&mut self, method: &str, params: Value) -> Result<u64, Error> {
        let id = self.next_id;
        self.next_id += 1;
        writeln!(self.w, "{}", json!({ "id": id, "method": method, "params": params }))?;
        Ok(id)
    }

    fn read(&mut self) -> Result<Value, Error> {
        let mut line = String::new();
        if self.r.read_line(&mut line)? == 0 {
            return Err(Error::Protocol("connection closed".into()));
        }
        serde_json::from_str(&line).map_err(|e| Error::Protocol(e.to_string()))
    }

    fn wait_result(&mut self, id: u64, what: &'static str, backlog: &mut Vec<Value>) -> Result<Value, Error> {
        loop {
            let v = self.read()?;
            if v["id"].as_u64() == Some(id) {
                if !v["error"].is_null() {
                    return Err(Error::Rejected(what, v["error"].to_string()));
                }
                return Ok(v["result"].clone());
            }
            backlog.push(v);
        }
    }

    /// `mining.subscribe` then `mining.authorize` with the application's worker credentials.
    pub fn handshake(&mut self, agent: &str, worker: &str, password: &str) -> Result<Vec<Event>, Error> {
        let mut backlog = Vec::new();
        let id = self.call("mining.subscribe", json!([agent]))?;
        let sub = self.wait_result(id, "subscribe", &mut backlog)?;
        self.extranonce1 = sub[1].as_str().unwrap_or_default().to_string();
        self.extranonce2_size = sub[2].as_u64().unwrap_or(4) as usize;
        let id = self.call("mining.authorize", json!([worker, password]))?;
        if self.wait_result(id, "authorize", &mut backlog)? != Value::Bool(true) {
            return Err(Error::Rejected("authorize", "false".into()));
        }
        Ok(backlog.into_iter().filter_map(to_event).collect())
    }

    /// Block until the next notification or response.
    pub fn next_event(&mut self) -> Result<Option<Event>, Error> {
        let v = self.read()?;
        Ok(to_event(v))
    }

    pub fn submit(&mut self, worker: &str, s: &Share) -> Result<u64, Error> {
        self.call("mining.submit", json!([worker, s.job_id, s.extranonce2, s.ntime, s.nonce]))
    }
}

fn to_event(v: Value) -> Option<Event> {
    match v["method"].as_str() {
        Some("mining.notify") => {
            let p = v["params"].as_array()?;
            Some(Event::Job(Job {
                job_id: p.first()?.as_str()?.into(),
                prev_hash: p.get(1)?.as_str()?.into(),
                coinb1: p.get(2)?.as_str()?.into(),
                coinb2: p.get(3)?.as_str()?.into(),
                merkle_branch: serde_json::from_value(p.get(4)?.clone()).ok()?,
                version: p.get(5)?.as_str()?.into(),
                nbits: p.get(6)?.as_str()?.into(),
                ntime: p.get(7)?.as_str()?.into(),
                clean_jobs: p.get(8)?.as_bool()?,
            }))
        }
        Some("mining.set_difficulty") => Some(Event::Difficulty(v["params"][0].as_f64()?)),
        _ => {
            let id = v["id"].as_u64()?;
            if v["result"] == Value::Bool(true) {
                Some(Event::Accepted(id))
            } else {
                Some(Event::Rejected(id, v["error"].to_string()))
            }
        }
    }
}
