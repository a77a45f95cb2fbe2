mod client;
mod script;

use clap::{Parser, Subcommand};
use std::io::Write;

#[derive(Parser)]
#[command(version, about = "Out-of-office replies over ManageSieve")]
struct Cli {
    #[arg(long)]
    host: String,
    #[arg(long, default_value_t = 4190)]
    port: u16,
    #[arg(long)]
    user: String,
    /// Upload without asking (for scripts); the diff is still printed
    #[arg(long)]
    yes: bool,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Set {
        #[arg(long)]
        until: String,
        #[arg(long, default_value = "Out of office")]
        subject: String,
        #[arg(long)]
        message: std::path::PathBuf,
        /// Extra addresses of yours that should also trigger the reply
        #[arg(long)]
        address: Vec<String>,
    },
    Clear,
    Show,
}

fn confirm(old: &str, new: &str, yes: bool) -> bool {
    let diff = similar::TextDiff::from_lines(old, new);
    for change in diff.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-",
            similar::ChangeTag::Insert => "+",
            similar::ChangeTag::Equal => " ",
        };
        print!("{sign}{change}");
    }
    if yes {
        return true;
    }
    print!("Upload this script? [y/N] ");
    let _ = std::io::stdout().flush();
    let mut a = String::new();
    std::io::stdin().read_line(&mut a).is_ok() && a.trim().eq_ignore_ascii_case("y")
}

fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    let password = match std::env::var("SIEVE_PASSWORD") {
        Ok(p) => p,
        Err(_) => rpassword::prompt_password(format!("Password for {}: ", cli.user))?,
    };
    let mut c = client::Client::connect(&cli.host, cli.port, &cli.user, &password)?;
    let active = c.active()?;
    let name = active.clone().unwrap_or_else(|| "vacation".into());
    let current = match &active {
        Some(n) => c.get(n)?,
        None => String::new(),
    };
    let updated = match &cli.cmd {
        Cmd::Show => {
            println!("{current}");
            c.logout();
            return Ok(());
        }
        Cmd::Clear => script::strip(&current),
        Cmd::Set { until, subject, message, address } => {
            time::Date::parse(until, time::macros::format_description!("[year]-[month]-[day]"))
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
            let text = std::fs::read_to_string(message)?;
            let mut addrs = vec![cli.user.clone()];
            addrs.extend(address.iter().cloned());
            script::set(&current, &script::block(until, subject, &text, &addrs))
        }
    };
    if updated == current {
        println!("nothing to change");
    } else if confirm(&current, &updated, cli.yes) {
        c.put(&name, &updated)?;
        if active.is_none() {
            c.activate(&name)?;
        }
        println!("uploaded {name}");
    } else {
        println!("left unchanged");
    }
    c.logout();
    Ok(())
}
