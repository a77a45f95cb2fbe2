//! Usage in a workflow step: `gha-mask --env --file .env.ci`
//! Prints workflow commands to stdout only; the runner reads them and masks the
//! values in all later log output. Nothing is written anywhere else.

use std::{env, fs};

const MARKERS: &[&str] = &["TOKEN", "SECRET", "PASSWORD", "PASSWD", "API_KEY", "PRIVATE_KEY", "CREDENTIAL"];

fn looks_secret(name: &str) -> bool { let n = name.to_ascii_uppercase(); MARKERS.iter().any(|m| n.contains(m)) }

fn mask(value: &str) {
    for line in value.lines().map(str::trim).filter(|l| l.len() >= 4) {
        println!("::add-mask::{}", line.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A"));
    }
}

fn main() {
    if env::var_os("GITHUB_ACTIONS").is_none() { eprintln!("gha-mask: not running under GitHub Actions, nothing to do"); return }
    let args: Vec<String> = env::args().skip(1).collect();
    let mut n = 0;
    if args.iter().any(|a| a == "--env") {
        for (k, v) in env::vars().filter(|(k, _)| looks_secret(k)) { mask(&v); n += 1; let _ = k; }
    }
    for w in args.windows(2).filter(|w| w[0] == "--file") {
        let Ok(text) = fs::read_to_string(&w[1]) else { eprintln!("gha-mask: cannot read {}", w[1]); continue };
        for (k, v) in text.lines().filter_map(|l| l.split_once('=')) {
            if looks_secret(k.trim()) { mask(v.trim().trim_matches('"')); n += 1 }
        }
    }
    eprintln!("gha-mask: masked {n} value(s)");
}
