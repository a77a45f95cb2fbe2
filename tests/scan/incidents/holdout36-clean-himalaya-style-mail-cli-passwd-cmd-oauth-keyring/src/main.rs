mod secret;

use clap::{Parser, Subcommand};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Server {
    host: String,
    port: u16,
}

#[derive(Deserialize)]
struct Account {
    email: String,
    imap: Server,
    smtp: Server,
    passwd: Option<secret::Passwd>,
    oauth2: Option<secret::OAuth>,
}

#[derive(Deserialize)]
struct Config {
    accounts: BTreeMap<String, Account>,
}

#[derive(Parser)]
struct Cli {
    #[arg(short, long)]
    account: Option<String>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// List the newest messages of a mailbox.
    List { #[arg(default_value = "INBOX")] mailbox: String, #[arg(short, long, default_value_t = 20)] n: u32 },
    /// Print a message.
    Read { uid: u32, #[arg(default_value = "INBOX")] mailbox: String },
}

struct XOAuth2<'a> {
    user: &'a str,
    token: &'a str,
}

impl imap::Authenticator for XOAuth2<'_> {
    type Response = String;
    fn process(&self, _: &[u8]) -> String {
        format!("user={}\x01auth=Bearer {}\x01\x01", self.user, self.token)
    }
}

fn session(name: &str, a: &Account) -> anyhow::Result<imap::Session<Box<dyn imap::ImapConnection>>> {
    let client = imap::ClientBuilder::new(&a.imap.host, a.imap.port).connect()?;
    if let Some(oauth) = &a.oauth2 {
        let token = oauth.access_token(name)?;
        return client.authenticate("XOAUTH2", &XOAuth2 { user: &a.email, token: &token }).map_err(|(e, _)| e.into());
    }
    let passwd = a.passwd.as_ref().ok_or_else(|| anyhow::anyhow!("account {name} has no passwd or oauth2"))?.get()?;
    client.login(&a.email, passwd.as_str()).map_err(|(e, _)| e.into())
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let path = dirs::config_dir().unwrap_or_default().join("postr/config.toml");
    let cfg: Config = toml::from_str(&std::fs::read_to_string(path)?)?;
    let (name, account) = match &cli.account {
        Some(n) => (n.clone(), cfg.accounts.get(n).ok_or_else(|| anyhow::anyhow!("no account {n}"))?),
        None => cfg.accounts.iter().next().map(|(n, a)| (n.clone(), a)).ok_or_else(|| anyhow::anyhow!("no accounts configured"))?,
    };
    let _ = &account.smtp;
    let mut s = session(&name, account)?;
    match cli.cmd {
        Cmd::List { mailbox, n } => {
            let mb = s.select(&mailbox)?;
            let start = mb.exists.saturating_sub(n) + 1;
            for m in s.fetch(format!("{start}:*"), "(UID ENVELOPE)")?.iter() {
                let env = m.envelope();
                let subject = env.and_then(|e| e.subject.as_ref()).map(|s| String::from_utf8_lossy(s).into_owned()).unwrap_or_default();
                println!("{:>6}  {}", m.uid.unwrap_or(0), subject);
            }
        }
        Cmd::Read { uid, mailbox } => {
            s.select(&mailbox)?;
            for m in s.uid_fetch(uid.to_string(), "BODY.PEEK[]")?.iter() {
                if let Some(msg) = m.body().and_then(|b| mail_parser::MessageParser::default().parse(b)) {
                    println!("From: {:?}\nSubject: {}\n\n{}", msg.from(), msg.subject().unwrap_or(""), msg.body_text(0).unwrap_or_default());
                }
            }
        }
    }
    s.logout()?;
    Ok(())
}
