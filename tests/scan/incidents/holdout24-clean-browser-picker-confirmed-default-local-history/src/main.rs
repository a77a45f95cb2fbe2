//! `browserpick URL...`, `--set-default [--yes]`, `--unset-default`.

mod default;
mod rules;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--set-default") => return default::set(args.iter().any(|a| a == "--yes")),
        Some("--unset-default") => return default::unset(),
        None => {
            eprintln!("usage: browserpick URL... | --set-default [--yes] | --unset-default");
            std::process::exit(2);
        }
        _ => {}
    }
    let cfg = rules::load();
    for url in &args {
        let browser = cfg.pick(url);
        let mut parts = browser.split_whitespace();
        if let Some(prog) = parts.next() {
            if let Err(e) = std::process::Command::new(prog).args(parts).arg(url).spawn() {
                eprintln!("browserpick: {prog}: {e}");
            }
        }
        if cfg.log {
            log_host(url);
        }
    }
}

fn log_host(raw: &str) {
    let Some(host) = url::Url::parse(raw).ok().and_then(|u| u.host_str().map(str::to_string)) else { return };
    let path = dirs::state_dir().unwrap_or_else(std::env::temp_dir).join("browserpick").join("hosts");
    let _ = std::fs::create_dir_all(path.parent().unwrap_or(&path));
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let mut lines: Vec<&str> = old.lines().collect();
    lines.push(&host);
    let start = lines.len().saturating_sub(50);
    if let Ok(mut f) = std::fs::File::create(&path) {
        let _ = writeln!(f, "{}", lines[start..].join("\n"));
    }
}
