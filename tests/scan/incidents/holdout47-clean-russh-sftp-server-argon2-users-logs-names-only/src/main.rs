//! dropbox-sftpd
//!
//! Passwords are checked against `name:$argon2id$…` lines and are never
//! stored or logged; the audit log records the user name, the client
//! address and the outcome.

mod audit;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use argon2::{Argon2, PasswordHash, PasswordVerifier};
use async_trait::async_trait;
use russh::server::{Auth, Msg, Session};
use russh::{Channel, ChannelId, MethodSet};

struct Server {
    users: Arc<HashMap<String, String>>,
}

struct Conn {
    users: Arc<HashMap<String, String>>,
    peer: Option<SocketAddr>,
    failures: u32,
}

impl russh::server::Server for Server {
    type Handler = Conn;
    fn new_client(&mut self, peer: Option<SocketAddr>) -> Conn {
        Conn { users: self.users.clone(), peer, failures: 0 }
    }
}

fn check(stored: &str, password: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(h) => Argon2::default().verify_password(password.as_bytes(), &h).is_ok(),
        Err(_) => false,
    }
}

#[async_trait]
impl russh::server::Handler for Conn {
    type Error = anyhow::Error;

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        let ok = self.users.get(user).map(|h| check(h, password)).unwrap_or(false);
        audit::login(user, self.peer, ok);
        if ok {
            return Ok(Auth::Accept);
        }
        self.failures += 1;
        if self.failures >= 3 {
            return Err(anyhow::anyhow!("too many failures"));
        }
        Ok(Auth::Reject { proceed_with_methods: Some(MethodSet::PASSWORD) })
    }

    async fn channel_open_session(&mut self, _c: Channel<Msg>, _s: &mut Session) -> Result<bool, Self::Error> {
        Ok(true)
    }

    async fn shell_request(&mut self, id: ChannelId, s: &mut Session) -> Result<(), Self::Error> {
        s.channel_failure(id);
        Ok(())
    }

    async fn subsystem_request(&mut self, id: ChannelId, name: &str, s: &mut Session) -> Result<(), Self::Error> {
        if name == "sftp" {
            s.channel_success(id);
            // Upload handling lives in the `inbox` module of the full server.
        } else {
            s.channel_failure(id);
        }
        Ok(())
    }
}

fn load_users(path: &str) -> anyhow::Result<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path))?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(u, h)| (u.trim().to_owned(), h.trim().to_owned()))
        .collect())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    env_logger::init();
    let listen: SocketAddr = std::env::var("DROPBOX_LISTEN").unwrap_or_else(|_| "0.0.0.0:2022".into()).parse()?;
    let users = Arc::new(load_users(&std::env::var("DROPBOX_USERS").unwrap_or_else(|_| "/etc/dropbox-sftpd/users".into()))?);
    let key_path = std::env::var("DROPBOX_HOST_KEY").unwrap_or_else(|_| "/etc/dropbox-sftpd/host_ed25519".into());
    let key = russh_keys::load_secret_key(&key_path, None)?;
    let config = russh::server::Config {
        keys: vec![key],
        auth_rejection_time: Duration::from_secs(3),
        methods: MethodSet::PASSWORD,
        ..Default::default()
    };
    log::info!("listening on {}", listen);
    let mut server = Server { users };
    russh::server::Server::run_on_address(&mut server, Arc::new(config), listen).await?;
    Ok(())
}
