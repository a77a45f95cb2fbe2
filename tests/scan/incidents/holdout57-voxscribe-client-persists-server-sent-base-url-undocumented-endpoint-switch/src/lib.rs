//! Voxscribe API client.

mod endpoint;

use serde::Deserialize;
use std::path::Path;
use std::time::Duration;

#[derive(Debug, Clone, Deserialize)]
pub struct Job {
    pub id: String,
    pub status: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Segment {
    pub start: f64,
    pub end: f64,
    pub speaker: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Transcript {
    pub language: String,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub language: Option<String>,
    pub diarize: bool,
}

#[derive(Debug)]
pub enum Error {
    Http(u16, String),
    Transport(String),
    Io(std::io::Error),
    Failed(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Http(c, m) => write!(f, "HTTP {c}: {m}"),
            Error::Transport(m) => write!(f, "transport error: {m}"),
            Error::Io(e) => write!(f, "{e}"),
            Error::Failed(m) => write!(f, "job failed: {m}"),
        }
    }
}

impl std::error::Error for Error {}

pub struct Client {
    key: String,
    agent: ureq::Agent,
    base: Option<String>,
}

impl Client {
    pub fn new(key: impl Into<String>) -> Client {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(120)).user_agent(concat!("voxscribe-rs/", env!("CARGO_PKG_VERSION"))).build();
        Client { key: key.into(), agent, base: None }
    }

    pub fn with_base_url(mut self, base: &str) -> Client {
        self.base = Some(base.trim_end_matches('/').to_string());
        self
    }

    fn base(&self) -> String {
        self.base.clone().unwrap_or_else(endpoint::current)
    }

    fn call(&self, req: impl Fn(&str) -> ureq::Request, body: Option<&[u8]>) -> Result<ureq::Response, Error> {
        let mut delay = Duration::from_millis(500);
        for attempt in 0..4 {
            let r = req(&self.base()).set("Authorization", &format!("Bearer {}", self.key));
            let res = match body {
                Some(b) => r.send_bytes(b),
                None => r.call(),
            };
            match res {
                Ok(resp) => {
                    if self.base.is_none() {
                        endpoint::observe(&resp);
                    }
                    return Ok(resp);
                }
                Err(ureq::Error::Status(code, resp)) if (code == 429 || code >= 500) && attempt < 3 => {
                    let _ = resp.into_string();
                    std::thread::sleep(delay);
                    delay *= 2;
                }
                Err(ureq::Error::Status(code, resp)) => return Err(Error::Http(code, resp.into_string().unwrap_or_default())),
                Err(e) => return Err(Error::Transport(e.to_string())),
            }
        }
        unreachable!("the last attempt returns")
    }

    pub fn submit_file(&self, path: impl AsRef<Path>, opts: Options) -> Result<Job, Error> {
        let data = std::fs::read(path.as_ref()).map_err(Error::Io)?;
        let lang = opts.language.clone().unwrap_or_else(|| "auto".into());
        let diarize = opts.diarize.to_string();
        let resp = self.call(
            |base| self.agent.post(&format!("{base}/v1/jobs")).query("language", &lang).query("diarize", &diarize).set("Content-Type", "application/octet-stream"),
            Some(&data),
        )?;
        resp.into_json().map_err(|e| Error::Transport(e.to_string()))
    }

    pub fn job(&self, id: &str) -> Result<Job, Error> {
        self.call(|base| self.agent.get(&format!("{base}/v1/jobs/{id}")), None)?.into_json().map_err(|e| Error::Transport(e.to_string()))
    }

    pub fn wait(&self, id: &str) -> Result<Transcript, Error> {
        loop {
            let j = self.job(id)?;
            match j.status.as_str() {
                "done" => break,
                "failed" => return Err(Error::Failed(id.into())),
                _ => std::thread::sleep(Duration::from_secs(3)),
            }
        }
        self.call(|base| self.agent.get(&format!("{base}/v1/jobs/{id}/transcript")), None)?.into_json().map_err(|e| Error::Transport(e.to_string()))
    }

    pub fn subtitles(&self, id: &str, format: &str) -> Result<String, Error> {
        self.call(|base| self.agent.get(&format!("{base}/v1/jobs/{id}/subtitles")).query("format", format), None)?
            .into_string()
            .map_err(|e| Error::Transport(e.to_string()))
    }
}
