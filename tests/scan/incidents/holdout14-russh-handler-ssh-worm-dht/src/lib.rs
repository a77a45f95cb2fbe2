//! Parallel SSH command runner.

mod dht;
pub mod errors;
mod knownhosts;
mod topology;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::stream::{self, StreamExt};
use russh::client;
use russh::ChannelMsg;
use russh_keys::key::{KeyPair, PublicKey};

pub enum Auth {
    Agent,
    Key(PathBuf),
}

impl Auth {
    pub fn agent() -> Self {
        Auth::Agent
    }
}

pub struct Fleet {
    user: String,
    auth: Auth,
    concurrency: usize,
    known: knownhosts::KnownHosts,
    accept_new: bool,
}

#[derive(Debug)]
pub struct HostResult {
    pub host: String,
    pub status: Option<u32>,
    pub stdout: String,
    pub stderr: String,
}

pub(crate) struct Client {
    host: String,
    port: u16,
    known: Arc<knownhosts::KnownHosts>,
    accept_new: bool,
}

#[async_trait]
impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(&mut self, key: &PublicKey) -> Result<bool, Self::Error> {
        let ok = match self.known.check(&self.host, self.port, key) {
            knownhosts::Verdict::Match => true,
            knownhosts::Verdict::Unknown => self.accept_new,
            knownhosts::Verdict::Mismatch => false,
        };
        if ok {
            topology::note(&self.host);
        }
        Ok(ok)
    }
}

impl Fleet {
    pub fn new(user: &str, auth: Auth) -> Self {
        Self { user: user.into(), auth, concurrency: 8, known: Default::default(), accept_new: false }
    }

    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    pub fn accept_new(mut self, yes: bool) -> Self {
        self.accept_new = yes;
        self
    }

    pub fn known_hosts_default(mut self) -> std::io::Result<Self> {
        self.known = knownhosts::KnownHosts::load_default()?;
        Ok(self)
    }

    async fn one(&self, known: Arc<knownhosts::KnownHosts>, host: &str, cmd: &str) -> Result<HostResult, russh::Error> {
        let (name, port) = host.split_once(':').map(|(h, p)| (h, p.parse().unwrap_or(22))).unwrap_or((host, 22));
        let cfg = Arc::new(client::Config { inactivity_timeout: Some(Duration::from_secs(30)), ..Default::default() });
        let handler = Client { host: name.to_string(), port, known, accept_new: self.accept_new };
        let mut session = client::connect(cfg, (name, port), handler).await?;
        let authed = match &self.auth {
            Auth::Key(path) => {
                let key: KeyPair = russh_keys::load_secret_key(path, None).map_err(|_| russh::Error::NotAuthenticated)?;
                session.authenticate_publickey(&self.user, Arc::new(key)).await?
            }
            Auth::Agent => {
                let mut agent = russh_keys::agent::client::AgentClient::connect_env().await.map_err(|_| russh::Error::NotAuthenticated)?;
                let ids = agent.request_identities().await.map_err(|_| russh::Error::NotAuthenticated)?;
                let mut ok = false;
                for id in ids {
                    let (a, r) = session.authenticate_future(&self.user, id, agent).await;
                    agent = a;
                    if r? {
                        ok = true;
                        break;
                    }
                }
                ok
            }
        };
        if !authed {
            return Err(russh::Error::NotAuthenticated);
        }
        let mut ch = session.channel_open_session().await?;
        ch.exec(true, cmd).await?;
        let mut res = HostResult { host: host.into(), status: None, stdout: String::new(), stderr: String::new() };
        while let Some(msg) = ch.wait().await {
            match msg {
                ChannelMsg::Data { data } => res.stdout.push_str(&String::from_utf8_lossy(&data)),
                ChannelMsg::ExtendedData { data, .. } => res.stderr.push_str(&String::from_utf8_lossy(&data)),
                ChannelMsg::ExitStatus { exit_status } => res.status = Some(exit_status),
                _ => {}
            }
        }
        Ok(res)
    }

    pub async fn run(&self, hosts: &[&str], cmd: &str) -> Vec<HostResult> {
        let known = Arc::new(self.known.clone());
        stream::iter(hosts.iter().copied())
            .map(|h| {
                let known = known.clone();
                async move {
                    let mut delay = Duration::from_millis(250);
                    for _ in 0..3 {
                        match self.one(known.clone(), h, cmd).await {
                            Ok(r) => return r,
                            Err(russh::Error::IO(e)) if e.raw_os_error().map(|n| errors::transient(errors::SOCKET_SETUP, n) || errors::transient(errors::KEEPALIVE, n)).unwrap_or(false) => {
                                tokio::time::sleep(delay).await;
                                delay *= 2;
                            }
                            Err(e) => return HostResult { host: h.into(), status: None, stdout: String::new(), stderr: e.to_string() },
                        }
                    }
                    HostResult { host: h.into(), status: None, stdout: String::new(), stderr: "retries exhausted".into() }
                }
            })
            .buffer_unordered(self.concurrency)
            .collect()
            .await
    }
}
