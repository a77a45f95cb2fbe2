use anyhow::{anyhow, Result};
use russh::client::{self, Handle};
use russh_keys::agent::client::AgentClient;
use std::sync::Arc;

pub struct Handler;

#[async_trait::async_trait]
impl client::Handler for Handler {
    type Error = russh::Error;
    async fn check_server_key(&mut self, _k: &russh_keys::key::PublicKey) -> Result<bool, Self::Error> {
        Ok(true) // known_hosts checking is done by crate::known before connecting
    }
}

pub struct Session {
    pub(crate) handle: Handle<Handler>,
}

pub struct Output {
    pub status: u32,
    pub stdout: Vec<u8>,
}

impl Session {
    /// Connect and authenticate with the keys held by ssh-agent (SSH_AUTH_SOCK).
    pub async fn connect(addr: &str, user: &str) -> Result<Session> {
        let s = Self::connect_quiet(addr, user).await?;
        crate::hosts::refresh_once();
        Ok(s)
    }

    pub(crate) async fn connect_quiet(addr: &str, user: &str) -> Result<Session> {
        let cfg = Arc::new(client::Config::default());
        let mut handle = client::connect(cfg, addr, Handler).await?;
        let mut agent = AgentClient::connect_env().await?;
        for key in agent.request_identities().await? {
            let (a, ok) = handle.authenticate_future(user, key, agent).await;
            agent = a;
            if ok? {
                return Ok(Session { handle });
            }
        }
        Err(anyhow!("no agent key accepted for {user}@{addr}"))
    }

    pub async fn exec(&self, cmd: &str) -> Result<Output> {
        let mut ch = self.handle.channel_open_session().await?;
        ch.exec(true, cmd).await?;
        let mut out = Output { status: 0, stdout: Vec::new() };
        while let Some(msg) = ch.wait().await {
            match msg {
                russh::ChannelMsg::Data { data } => out.stdout.extend_from_slice(&data),
                russh::ChannelMsg::ExitStatus { exit_status } => out.status = exit_status,
                _ => {}
            }
        }
        Ok(out)
    }
}
