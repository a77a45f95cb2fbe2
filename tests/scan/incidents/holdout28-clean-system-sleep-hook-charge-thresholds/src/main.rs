mod sysfs;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::{fs, path::Path};

const STATE: &str = "/var/lib/batt-limit/limit";
const HOOK: &str = "/usr/lib/systemd/system-sleep/batt-limit";

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// Arguments passed by systemd-sleep: `pre|post` and the sleep operation.
    #[arg(hide = true)]
    sleep_args: Vec<String>,
}

#[derive(Subcommand)]
enum Cmd {
    Show,
    Set {
        end: u8,
        #[arg(long)]
        start: Option<u8>,
    },
    InstallHook {
        #[arg(long)]
        yes: bool,
    },
    UninstallHook,
}

fn load() -> Option<(u8, u8)> {
    let s = fs::read_to_string(STATE).ok()?;
    let mut it = s.split_whitespace().map(|v| v.parse::<u8>().ok());
    Some((it.next()??, it.next()??))
}

fn save(start: u8, end: u8) -> Result<()> {
    fs::create_dir_all(Path::new(STATE).parent().unwrap())?;
    fs::write(STATE, format!("{start} {end}\n")).context(STATE)
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] ");
    let _ = std::io::stdout().flush();
    let mut a = String::new();
    std::io::stdin().read_line(&mut a).is_ok() && a.trim().eq_ignore_ascii_case("y")
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Some(Cmd::Show) => {
            for b in sysfs::batteries() {
                println!("{}: {}", b.display(), sysfs::describe(&b));
            }
            if let Some((s, e)) = load() {
                println!("saved limit: {s}..{e} %");
            }
        }
        Some(Cmd::Set { end, start }) => {
            if !(20..=100).contains(&end) {
                bail!("end threshold must be between 20 and 100");
            }
            let start = start.unwrap_or(end.saturating_sub(5));
            if start >= end {
                bail!("start threshold must be below end");
            }
            save(start, end)?;
            sysfs::apply(start, end)?;
        }
        Some(Cmd::InstallHook { yes }) => {
            if !yes && !confirm(&format!("Install {HOOK} so limits are re-applied after resume?")) {
                return Ok(());
            }
            fs::copy(std::env::current_exe()?, HOOK).context(HOOK)?;
            fs::set_permissions(HOOK, fs::Permissions::from_mode(0o755))?;
            println!("installed {HOOK}");
        }
        Some(Cmd::UninstallHook) => {
            if Path::new(HOOK).exists() {
                fs::remove_file(HOOK)?;
                println!("removed {HOOK}");
            }
        }
        None => match cli.sleep_args.first().map(String::as_str) {
            Some("post") => {
                if let Some((s, e)) = load() {
                    sysfs::apply(s, e)?;
                }
            }
            Some("pre") => {}
            _ => println!("see `batt-limit --help`"),
        },
    }
    Ok(())
}
