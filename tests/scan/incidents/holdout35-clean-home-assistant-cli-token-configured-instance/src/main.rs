use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

mod api;
mod config;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Login { url: String },
    Logout,
    States { prefix: Option<String> },
    Call { service: String, data: Vec<String> },
    Watch { entity: String },
    Backup {
        #[command(subcommand)]
        cmd: BackupCmd,
    },
}

#[derive(Subcommand)]
enum BackupCmd {
    List,
    New {
        #[arg(long)]
        name: Option<String>,
    },
    Download {
        slug: String,
        #[arg(short)]
        o: PathBuf,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    if let Cmd::Login { url } = &cli.cmd {
        let url = url.trim_end_matches('/').to_string();
        if !url.starts_with("https://") && !url.starts_with("http://localhost") && !url.starts_with("http://127.0.0.1") {
            eprintln!("warning: {url} is not https; the token will travel in clear text on your network");
        }
        let token = rpassword::prompt_password("Long-lived access token: ")?;
        let client = api::Client::new(&url, &token, None)?;
        let who = client.get("/api/")?;
        println!("{}", who["message"].as_str().unwrap_or("connected"));
        config::save(&url, &token)?;
        return Ok(());
    }
    let cfg = config::load()?;
    let client = api::Client::new(&cfg.url, &cfg.token, cfg.ca_file.as_deref())?;
    match cli.cmd {
        Cmd::Login { .. } => unreachable!(),
        Cmd::Logout => config::forget(&cfg.url)?,
        Cmd::States { prefix } => {
            let states = client.get("/api/states")?;
            for s in states.as_array().into_iter().flatten() {
                let id = s["entity_id"].as_str().unwrap_or_default();
                if prefix.as_deref().map_or(true, |p| id.starts_with(p)) {
                    println!("{id:<48} {}", s["state"].as_str().unwrap_or_default());
                }
            }
        }
        Cmd::Call { service, data } => {
            let (domain, svc) = service.split_once('.').context("service must be domain.service")?;
            let mut body = serde_json::Map::new();
            for kv in data {
                let (k, v) = kv.split_once('=').context("data must be key=value")?;
                body.insert(k.into(), serde_json::from_str(v).unwrap_or_else(|_| serde_json::Value::String(v.into())));
            }
            client.post(&format!("/api/services/{domain}/{svc}"), &serde_json::Value::Object(body))?;
        }
        Cmd::Watch { entity } => client.watch(&entity)?,
        Cmd::Backup { cmd } => match cmd {
            BackupCmd::List => {
                let r = client.ws_call(serde_json::json!({ "type": "backup/info" }))?;
                for b in r["backups"].as_array().into_iter().flatten() {
                    println!("{}  {}  {}", b["slug"].as_str().unwrap_or("?"), b["date"].as_str().unwrap_or("?"), b["name"].as_str().unwrap_or("?"));
                }
            }
            BackupCmd::New { name } => {
                let r = client.ws_call(serde_json::json!({ "type": "backup/generate", "name": name }))?;
                println!("started backup {}", r["slug"].as_str().unwrap_or("?"));
            }
            BackupCmd::Download { slug, o } => {
                if slug.contains('/') || slug.contains("..") {
                    bail!("invalid slug");
                }
                config::private_dir(&o)?;
                let path = o.join(format!("{slug}.tar"));
                client.download(&format!("/api/backup/download/{slug}"), &path)?;
                println!("saved {}", path.display());
            }
        },
    }
    Ok(())
}
