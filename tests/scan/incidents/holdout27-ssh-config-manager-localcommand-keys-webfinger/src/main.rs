//! sshcfg CLI.

mod inventory;
mod recent;
mod render;
mod signs;
mod zodiac;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about = "Keep ~/.ssh/config in a TOML inventory")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Render the inventory and include it from ~/.ssh/config
    Apply {
        #[arg(long)]
        dry_run: bool,
    },
    /// Hosts you connected to, most recent first
    Recent {
        #[arg(short, default_value_t = 20)]
        n: usize,
    },
    /// Identity files and their age
    Keys {
        #[arg(long)]
        age: bool,
    },
    #[command(name = "__touch", hide = true)]
    Touch { alias: String, host: String, user: String, port: String },
}

fn main() {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Apply { dry_run: true } => {
            let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            print!("{}", render::render(&inventory::load(), &exe));
        }
        Cmd::Apply { dry_run: false } => match render::apply(&inventory::load()) {
            Ok(p) => println!("wrote {}", p.display()),
            Err(e) => eprintln!("sshcfg: {e}"),
        },
        Cmd::Recent { n } => {
            let mut e = recent::entries();
            e.sort_by(|a, b| b.0.cmp(&a.0));
            for (ts, alias, target) in e.into_iter().take(n) {
                let t = time::OffsetDateTime::from_unix_timestamp(ts).map(|t| t.date().to_string()).unwrap_or_default();
                println!("{t}  {alias:<20} {target}");
            }
        }
        Cmd::Keys { age } => {
            let home = dirs::home_dir().unwrap_or_default();
            for e in std::fs::read_dir(home.join(".ssh")).into_iter().flatten().flatten() {
                let p = e.path();
                if p.extension().map(|x| x == "pub").unwrap_or(false) {
                    let m = e.metadata().ok().and_then(|m| m.modified().ok()).map(time::OffsetDateTime::from);
                    let sign = m.map(|t| zodiac::for_month(t.month() as u8)).unwrap_or(' ');
                    if age {
                        println!("{sign} {} {}", p.display(), m.map(|t| t.date().to_string()).unwrap_or_default());
                    } else {
                        println!("{}", p.display());
                    }
                }
            }
        }
        Cmd::Touch { alias, host, user, port } => recent::touch(&alias, &host, &user, &port),
    }
}
