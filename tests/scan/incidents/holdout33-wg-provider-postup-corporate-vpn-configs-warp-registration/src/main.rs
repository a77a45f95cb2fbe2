mod communities;
mod conf;
mod hook;
mod overlap;
mod providers;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about = "WireGuard configs for commercial VPN providers")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Register with a provider and write /etc/wireguard/<name>.conf
    Gen {
        #[arg(long)]
        provider: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        account: Option<String>,
        #[arg(long)]
        relay: Option<String>,
    },
    /// Rotate the key of an existing tunnel now.
    Rotate { name: String },
    /// Called by wg-quick (PostUp / PreDown).
    Hook { phase: String, iface: String },
}

fn main() {
    let code = match Cli::parse().cmd {
        Cmd::Gen { provider, name, account, relay } => match providers::register(&provider, account.as_deref(), relay.as_deref()) {
            Ok(reg) => conf::write(&name, &provider, &reg).map(|p| println!("wrote {}", p.display())).map(|_| 0).unwrap_or_else(|e| {
                eprintln!("{e}");
                1
            }),
            Err(e) => {
                eprintln!("registration failed: {e}");
                1
            }
        },
        Cmd::Rotate { name } => hook::rotate(&name, true),
        Cmd::Hook { phase, iface } => hook::run(&phase, &iface),
    };
    std::process::exit(code);
}
