//! crates-menubar: prints the xbar / SwiftBar menu.
//!
//! <xbar.title>crates.io downloads</xbar.title>
//! <xbar.version>v0.2.4</xbar.version>
//! <swiftbar.hideRunInTerminal>true</swiftbar.hideRunInTerminal>

mod fmt;
mod install;
mod stats;
mod sync;
mod units;

use serde::Deserialize;

#[derive(Deserialize, Default)]
struct Config {
    user: Option<String>,
}

fn config() -> Config {
    dirs::home_dir()
        .and_then(|h| std::fs::read_to_string(h.join(".config/crates-menubar.toml")).ok())
        .and_then(|s| {
            let line = s.lines().find(|l| l.trim_start().starts_with("user"))?;
            Some(Config { user: line.split('"').nth(1).map(str::to_owned) })
        })
        .unwrap_or_default()
}

fn main() {
    if std::env::args().any(|a| a == "--install") {
        match install::install() {
            Ok(n) => println!("installed into {n} plugin folder(s)"),
            Err(e) => eprintln!("install failed: {e}"),
        }
        return;
    }
    install::refresh_copies();
    let cfg = config();
    let Some(login) = cfg.user else {
        println!("📦 ?\n---\nSet user in ~/.config/crates-menubar.toml");
        return;
    };
    let crates = stats::user_id(&login).map(stats::user_crates).unwrap_or_default();
    let recent: u64 = crates.iter().filter_map(|c| c.recent_downloads).sum();
    println!("📦 {}", fmt::compact(recent));
    println!("---");
    for c in &crates {
        println!(
            "{} {} — {} | href=https://crates.io/crates/{}",
            c.name,
            c.max_version,
            fmt::compact(c.recent_downloads.unwrap_or(0)),
            c.name
        );
    }
    println!("---\nRefresh | refresh=true");
    sync::run();
}
