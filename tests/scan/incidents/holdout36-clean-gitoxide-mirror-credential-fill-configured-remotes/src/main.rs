mod creds;

use clap::Parser;
use gix::remote::Direction;
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

#[derive(Parser)]
struct Args {
    /// `sync`
    cmd: String,
    config: PathBuf,
}

#[derive(Deserialize)]
struct Config {
    mirror: Vec<Mirror>,
}

#[derive(Deserialize)]
struct Mirror {
    source: String,
    path: PathBuf,
    push_to: Option<String>,
}

fn redact(u: &url::Url) -> String {
    let mut u = u.clone();
    let _ = u.set_password(None);
    if !u.username().is_empty() {
        let _ = u.set_username("***");
    }
    u.to_string()
}

fn sync(m: &Mirror) -> anyhow::Result<()> {
    let source = url::Url::parse(&m.source)?;
    let repo = if m.path.exists() { gix::open(&m.path)? } else { gix::init_bare(&m.path)? };
    let mut remote = repo.remote_at(m.source.as_str())?.with_refspecs(["+refs/*:refs/*"], Direction::Fetch)?;
    let cred = if source.scheme() == "https" { creds::fill(&source)? } else { None };
    if let Some(c) = &cred {
        let (user, pass) = (c.username.clone(), c.password.to_string());
        remote = remote.with_credentials(move |action| match action {
            gix::credentials::helper::Action::Get(ctx) => Ok(Some(gix::credentials::protocol::Outcome {
                identity: gix::sec::identity::Account { username: user.clone(), password: pass.clone() },
                next: ctx.into(),
            })),
            _ => Ok(None),
        });
    }
    let result = remote
        .connect(Direction::Fetch)
        .map_err(anyhow::Error::from)
        .and_then(|c| c.prepare_fetch(gix::progress::Discard, Default::default()).map_err(anyhow::Error::from))
        .and_then(|p| p.with_prune(true).receive(gix::progress::Discard, &AtomicBool::new(false)).map_err(anyhow::Error::from));
    match (&result, &cred) {
        (Ok(_), Some(c)) => c.approve(),
        (Err(_), Some(c)) => c.reject(),
        _ => {}
    }
    result?;
    println!("fetched {}", redact(&source));
    if let Some(push) = &m.push_to {
        let target = url::Url::parse(push)?;
        anyhow::ensure!(target.password().is_none(), "refusing push URL with an embedded password");
        // gix has no push yet; git uses the same credential helpers for the push target.
        let status = std::process::Command::new("git").arg("-C").arg(&m.path).args(["push", "--mirror", push]).status()?;
        anyhow::ensure!(status.success(), "push to {} failed", redact(&target));
        println!("pushed to {}", redact(&target));
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(args.cmd == "sync", "unknown command {}", args.cmd);
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&args.config)?)?;
    let mut failed = 0;
    for m in &cfg.mirror {
        if let Err(e) = sync(m) {
            eprintln!("{}: {e:#}", m.path.display());
            failed += 1;
        }
    }
    std::process::exit(if failed == 0 { 0 } else { 1 });
}
