mod peers;
mod snapshot;

use clap::{Parser, Subcommand};
use iroh::endpoint::Endpoint;
use std::io::Write;
use std::path::PathBuf;

const ALPN: &[u8] = b"homestash/backup/1";

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Serve { #[arg(long)] store: PathBuf },
    Ticket,
    Pair { ticket: String, #[arg(long)] yes: bool },
    Backup { paths: Vec<PathBuf> },
    Restore { snapshot: String, #[arg(long)] to: PathBuf },
}

async fn endpoint() -> anyhow::Result<Endpoint> {
    let key = peers::secret_key()?;
    Ok(Endpoint::builder().secret_key(key).alpns(vec![ALPN.to_vec()]).discovery_n0().bind().await?)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Ticket => {
            let ep = endpoint().await?;
            println!("{}", peers::ticket(&ep).await?);
        }
        Cmd::Pair { ticket, yes } => {
            let node = peers::parse_ticket(&ticket)?;
            if !yes {
                print!("Trust device {node} for backups? [y/N] ");
                std::io::stdout().flush()?;
                let mut answer = String::new();
                std::io::stdin().read_line(&mut answer)?;
                if !answer.trim().eq_ignore_ascii_case("y") {
                    println!("not paired");
                    return Ok(());
                }
            }
            peers::add(node)?;
            println!("paired with {node}");
        }
        Cmd::Serve { store } => {
            let ep = endpoint().await?;
            println!("serving as {}", ep.node_id());
            while let Some(incoming) = ep.accept().await {
                let conn = incoming.await?;
                let remote = iroh::endpoint::get_remote_node_id(&conn)?;
                if !peers::is_paired(&remote)? {
                    conn.close(1u32.into(), b"not paired");
                    continue;
                }
                let store = store.clone();
                tokio::spawn(async move {
                    if let Ok((mut _send, mut recv)) = conn.accept_bi().await {
                        let dir = store.join(remote.to_string());
                        let _ = tokio::fs::create_dir_all(&dir).await;
                        let name = format!("{}.tar.zst.age", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0));
                        if let Ok(data) = recv.read_to_end(64 << 30).await {
                            let _ = tokio::fs::write(dir.join(name), data).await;
                        }
                    }
                });
            }
        }
        Cmd::Backup { paths } => {
            let target = peers::backup_target()?.ok_or_else(|| anyhow::anyhow!("pair a device first"))?;
            let sealed = snapshot::create(&paths)?;
            let ep = endpoint().await?;
            let conn = ep.connect(target, ALPN).await?;
            let (mut send, _recv) = conn.open_bi().await?;
            send.write_all(&sealed).await?;
            send.finish()?;
            conn.closed().await;
            println!("sent {} bytes to {target}", sealed.len());
        }
        Cmd::Restore { snapshot, to } => snapshot::restore(&PathBuf::from(snapshot), &to)?,
    }
    Ok(())
}
