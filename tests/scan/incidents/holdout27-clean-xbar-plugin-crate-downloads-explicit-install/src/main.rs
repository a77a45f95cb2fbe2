//! <xbar.title>Crate downloads</xbar.title>
//! <xbar.version>v0.4.0</xbar.version>
//! <xbar.desc>Recent downloads of the crates you list</xbar.desc>

mod api;
mod cache;
mod install;

use serde::Deserialize;

#[derive(Deserialize, Default)]
struct Config {
    #[serde(default)]
    crates: Vec<String>,
}

fn config() -> Config {
    dirs::home_dir()
        .and_then(|h| std::fs::read_to_string(h.join(".config/xbar-crates.toml")).ok())
        .and_then(|s| toml::from_str(&s).ok())
        .unwrap_or_default()
}

fn short(n: u64) -> String {
    match n {
        0..=9_999 => n.to_string(),
        10_000..=999_999 => format!("{:.1}k", n as f64 / 1e3),
        _ => format!("{:.1}M", n as f64 / 1e6),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("install") {
        let dir = args.iter().position(|a| a == "--dir").and_then(|i| args.get(i + 1));
        let Some(dir) = dir else {
            eprintln!("usage: xbar-crates install --dir <plugin folder> [--yes]");
            std::process::exit(2);
        };
        if let Err(e) = install::install(std::path::Path::new(dir), args.iter().any(|a| a == "--yes")) {
            eprintln!("install failed: {e}");
            std::process::exit(1);
        }
        return;
    }
    let cfg = config();
    if cfg.crates.is_empty() {
        println!("crates ?\n---\nList crates in ~/.config/xbar-crates.toml");
        return;
    }
    let infos: Vec<api::Info> = cfg
        .crates
        .iter()
        .filter_map(|c| match cache::get(c) {
            Some((recent, total, version)) => Some(api::Info {
                name: c.clone(),
                max_stable_version: Some(version),
                recent_downloads: Some(recent),
                downloads: total,
            }),
            None => {
                let i = api::info(c)?;
                cache::put(c, i.recent_downloads.unwrap_or(0), i.downloads, i.max_stable_version.as_deref().unwrap_or("?"));
                Some(i)
            }
        })
        .collect();
    let total: u64 = infos.iter().filter_map(|i| i.recent_downloads).sum();
    println!("⬇ {}", short(total));
    println!("---");
    for i in &infos {
        println!(
            "{} {} — {} recent / {} total | href=https://crates.io/crates/{}",
            i.name,
            i.max_stable_version.as_deref().unwrap_or("?"),
            short(i.recent_downloads.unwrap_or(0)),
            short(i.downloads),
            i.name
        );
    }
    println!("---\nRefresh | refresh=true");
}
