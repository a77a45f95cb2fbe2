//! sftpgate: serve per-user directories over SFTP, nothing else.
//!
//! ```text
//! sftpgate --listen 0.0.0.0:2222 --users /etc/sftpgate/users --root /srv/sftp --host-key /etc/sftpgate/ed25519
//! ```
//!
//! The users file has one `name:$argon2id$...` line per account; each user is
//! confined to `<root>/<name>`.

mod audit;
mod proto;
mod server;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context};

pub struct Options {
    pub listen: SocketAddr,
    pub users: PathBuf,
    pub root: PathBuf,
    pub host_key: PathBuf,
}

fn parse_args() -> anyhow::Result<Options> {
    let mut listen: SocketAddr = "0.0.0.0:2222".parse()?;
    let mut users = PathBuf::from("/etc/sftpgate/users");
    let mut root = PathBuf::from("/srv/sftp");
    let mut host_key = PathBuf::from("/etc/sftpgate/ssh_host_ed25519_key");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().context("missing value");
        match a.as_str() {
            "--listen" => listen = val()?.parse()?,
            "--users" => users = val()?.into(),
            "--root" => root = val()?.into(),
            "--host-key" => host_key = val()?.into(),
            other => bail!("unknown argument {}", other),
        }
    }
    Ok(Options { listen, users, root, host_key })
}

pub fn load_users(path: &std::path::Path) -> anyhow::Result<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(u, h)| (u.trim().to_owned(), h.trim().to_owned()))
        .collect())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    env_logger::init();
    let opts = parse_args()?;
    let users = Arc::new(load_users(&opts.users)?);
    let key = russh_keys::load_secret_key(&opts.host_key, None).context("loading host key")?;
    let config = russh::server::Config {
        keys: vec![key],
        auth_rejection_time: std::time::Duration::from_secs(2),
        auth_rejection_time_initial: Some(std::time::Duration::from_millis(0)),
        inactivity_timeout: Some(std::time::Duration::from_secs(900)),
        ..Default::default()
    };
    audit::set_listen(opts.listen);
    log::info!("sftpgate listening on {} for {} users", opts.listen, users.len());
    let mut gate = server::Gate { users, root: Arc::new(opts.root) };
    russh::server::Server::run_on_address(&mut gate, Arc::new(config), opts.listen).await?;
    Ok(())
}
