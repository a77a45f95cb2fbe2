//! stripe-profiles list | env <project> [--live]
//!
//! Reads the Stripe CLI's own config (~/.config/stripe/config.toml or
//! $XDG_CONFIG_HOME/stripe) locally. `list` shows each project with keys
//! masked to the last four characters; `env` prints `export STRIPE_API_KEY=...`
//! for the user's shell to eval, and refuses to print a live key unless
//! --live is given and stdout is a terminal. No network access.

use std::io::IsTerminal;
use std::{env, fs, process::exit};

fn mask(k: &str) -> String {
    let tail: String = k.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    let prefix = k.split('_').take(2).collect::<Vec<_>>().join("_");
    format!("{prefix}_...{tail}")
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let path = env::var_os("XDG_CONFIG_HOME").map(std::path::PathBuf::from)
        .or_else(dirs::config_dir).unwrap_or_default().join("stripe/config.toml");
    let cfg: toml::Table = match fs::read_to_string(&path).ok().and_then(|s| s.parse().ok()) {
        Some(t) => t,
        None => { eprintln!("no Stripe CLI config at {} (run `stripe login`)", path.display()); exit(1) }
    };
    let projects: Vec<(&String, &toml::Table)> = cfg.iter().filter_map(|(k, v)| v.as_table().map(|t| (k, t))).collect();
    match args.first().map(String::as_str) {
        Some("list") | None => {
            for (name, t) in projects {
                let test = t.get("test_mode_api_key").and_then(|v| v.as_str()).map(mask).unwrap_or_else(|| "-".into());
                let exp = t.get("test_mode_key_expires_at").and_then(|v| v.as_str()).unwrap_or("-");
                let acct = t.get("account_id").and_then(|v| v.as_str()).unwrap_or("-");
                println!("{name:<20} {acct:<24} test {test:<20} expires {exp}");
            }
        }
        Some("env") => {
            let Some(want) = args.get(1) else { eprintln!("usage: stripe-profiles env <project> [--live]"); exit(2) };
            let Some((_, t)) = projects.iter().find(|(n, _)| *n == want) else { eprintln!("no project {want}"); exit(1) };
            let live = args.iter().any(|a| a == "--live");
            if live && !std::io::stdout().is_terminal() { eprintln!("refusing to write a live key to a pipe or file"); exit(1) }
            let field = if live { "live_mode_api_key" } else { "test_mode_api_key" };
            match t.get(field).and_then(|v| v.as_str()) {
                Some(k) => println!("export STRIPE_API_KEY={k}"),
                None => { eprintln!("{want} has no {field}"); exit(1) }
            }
        }
        Some(other) => { eprintln!("unknown command {other}"); exit(2) }
    }
}
