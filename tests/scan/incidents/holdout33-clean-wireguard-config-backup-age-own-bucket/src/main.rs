use clap::{Parser, Subcommand};
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjPath;
use object_store::{ObjectStore, PutPayload};
use serde::Deserialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

#[derive(Parser)]
#[command(version, about = "Encrypted backups of /etc/wireguard")]
struct Cli {
    #[arg(long, default_value = "/etc/wg-vault.toml")]
    config: PathBuf,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Backup,
    Restore {
        name: String,
        #[arg(long)]
        to: PathBuf,
        #[arg(long)]
        identity: PathBuf,
    },
    InstallTimer {
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Deserialize)]
struct Config {
    recipients: Vec<String>,
    destination: String,
    #[serde(default = "default_keep")]
    keep: usize,
}

fn default_keep() -> usize {
    14
}

const SOURCE: &str = "/etc/wireguard";

fn archive() -> std::io::Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    builder.append_dir_all("wireguard", SOURCE)?;
    builder.into_inner()
}

fn encrypt(cfg: &Config, plain: &[u8]) -> Result<Vec<u8>, String> {
    let recipients: Vec<Box<dyn age::Recipient + Send>> = cfg
        .recipients
        .iter()
        .map(|r| age::x25519::Recipient::from_str(r).map(|r| Box::new(r) as Box<dyn age::Recipient + Send>))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("bad recipient: {e}"))?;
    if recipients.is_empty() {
        return Err("no recipients configured".into());
    }
    let encryptor = age::Encryptor::with_recipients(recipients).ok_or("no recipients")?;
    let mut out = Vec::new();
    let mut w = encryptor.wrap_output(&mut out).map_err(|e| e.to_string())?;
    w.write_all(plain).map_err(|e| e.to_string())?;
    w.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

async fn store(cfg: &Config, name: &str, data: Vec<u8>) -> Result<String, String> {
    if let Some(rest) = cfg.destination.strip_prefix("s3://") {
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        let s3 = AmazonS3Builder::from_env().with_bucket_name(bucket).build().map_err(|e| e.to_string())?;
        let key = ObjPath::from(format!("{}{name}", prefix));
        s3.put(&key, PutPayload::from(data)).await.map_err(|e| e.to_string())?;
        // retention: keep the newest `keep` backups under the prefix
        let mut listed: Vec<_> = s3.list_with_delimiter(Some(&ObjPath::from(prefix.trim_end_matches('/')))).await.map_err(|e| e.to_string())?.objects;
        listed.sort_by(|a, b| b.last_modified.cmp(&a.last_modified));
        for old in listed.into_iter().skip(cfg.keep) {
            let _ = s3.delete(&old.location).await;
        }
        Ok(format!("s3://{bucket}/{key}"))
    } else {
        let dir = Path::new(&cfg.destination);
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let path = dir.join(name);
        std::fs::write(&path, data).map_err(|e| e.to_string())?;
        Ok(path.display().to_string())
    }
}

fn install_timer(yes: bool) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let service = format!("[Unit]\nDescription=Encrypted backup of /etc/wireguard\n\n[Service]\nType=oneshot\nExecStart={} backup\n", exe.display());
    let timer = "[Unit]\nDescription=Daily WireGuard backup\n\n[Timer]\nOnCalendar=daily\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n";
    println!("--- /etc/systemd/system/wg-vault.service\n{service}\n--- /etc/systemd/system/wg-vault.timer\n{timer}");
    if !yes {
        println!("re-run with --yes to install these units");
        return Ok(());
    }
    std::fs::write("/etc/systemd/system/wg-vault.service", service).map_err(|e| e.to_string())?;
    std::fs::write("/etc/systemd/system/wg-vault.timer", timer).map_err(|e| e.to_string())?;
    let _ = std::process::Command::new("systemctl").args(["daemon-reload"]).status();
    let _ = std::process::Command::new("systemctl").args(["enable", "--now", "wg-vault.timer"]).status();
    Ok(())
}

fn restore(cfg_path: &Path, name: &str, to: &Path, identity: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(cfg_path).map_err(|e| e.to_string())?;
    let cfg: Config = toml::from_str(&text).map_err(|e| e.to_string())?;
    let source = Path::new(&cfg.destination).join(name);
    let data = std::fs::read(&source).map_err(|e| format!("{}: {e} (download S3 backups with your usual tools first)", source.display()))?;
    let ids = age::IdentityFile::from_file(identity.display().to_string()).map_err(|e| e.to_string())?.into_identities().map_err(|e| e.to_string())?;
    let decryptor = age::Decryptor::new(&data[..]).map_err(|e| e.to_string())?;
    let age::Decryptor::Recipients(d) = decryptor else { return Err("passphrase backups are not supported".into()) };
    let reader = d.decrypt(ids.iter().map(|i| i.as_ref() as &dyn age::Identity)).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    tar::Archive::new(reader).unpack(to).map_err(|e| e.to_string())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cli = Cli::parse();
    let result = match &cli.cmd {
        Cmd::Backup => async {
            let text = std::fs::read_to_string(&cli.config).map_err(|e| format!("{}: {e}", cli.config.display()))?;
            let cfg: Config = toml::from_str(&text).map_err(|e| e.to_string())?;
            let plain = archive().map_err(|e| e.to_string())?;
            let sealed = encrypt(&cfg, &plain)?;
            let stamp = time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).map_err(|e| e.to_string())?;
            let name = format!("wireguard-{}.tar.age", stamp.replace(':', ""));
            let at = store(&cfg, &name, sealed).await?;
            println!("backup written to {at}");
            Ok::<(), String>(())
        }
        .await,
        Cmd::Restore { name, to, identity } => restore(&cli.config, name, to, identity),
        Cmd::InstallTimer { yes } => install_timer(*yes),
    };
    if let Err(e) = result {
        eprintln!("wg-vault: {e}");
        std::process::exit(1);
    }
}
