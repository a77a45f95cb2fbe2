//! dotenv-vault-sync <MOUNT/PATH> [--env-file .env]
//! Uses the user's own VAULT_ADDR and token (VAULT_TOKEN or ~/.vault-token),
//! reads the current secret, prints which keys would be added / changed /
//! removed (never the values) and writes only after a y/N confirmation.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};

fn parse_env(text: &str) -> BTreeMap<String, String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("export ").unwrap_or(l).split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().trim_matches('"').to_string())).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else { eprintln!("usage: dotenv-vault-sync <MOUNT/PATH> [--env-file FILE]"); std::process::exit(2) };
    let (mount, sub) = path.split_once('/').unwrap_or((path.as_str(), ""));
    let env_file = args.iter().position(|a| a == "--env-file").and_then(|i| args.get(i + 1)).cloned().unwrap_or_else(|| ".env".into());
    let addr = std::env::var("VAULT_ADDR").unwrap_or_else(|_| { eprintln!("VAULT_ADDR is not set"); std::process::exit(2) });
    let token = std::env::var("VAULT_TOKEN").ok()
        .or_else(|| std::fs::read_to_string(dirs::home_dir().unwrap_or_default().join(".vault-token")).ok())
        .map(|t| t.trim().to_string()).unwrap_or_else(|| { eprintln!("no Vault token; run `vault login`"); std::process::exit(2) });
    let local = parse_env(&std::fs::read_to_string(&env_file).expect("read env file"));
    let url = format!("{}/v1/{mount}/data/{sub}", addr.trim_end_matches('/'));
    let remote: BTreeMap<String, String> = ureq::get(&url).set("X-Vault-Token", &token).call().ok()
        .and_then(|r| r.into_json::<serde_json::Value>().ok())
        .and_then(|v| serde_json::from_value(v["data"]["data"].clone()).ok()).unwrap_or_default();
    for k in local.keys().filter(|k| !remote.contains_key(*k)) { println!("+ {k}") }
    for k in local.keys().filter(|k| remote.get(*k).map_or(false, |v| v != &local[*k])) { println!("~ {k}") }
    for k in remote.keys().filter(|k| !local.contains_key(*k)) { println!("- {k}") }
    print!("write {} keys to {addr} {mount}/{sub}? [y/N] ", local.len());
    io::stdout().flush().ok();
    let mut ans = String::new();
    io::stdin().lock().read_line(&mut ans).ok();
    if !ans.trim().eq_ignore_ascii_case("y") { println!("nothing written"); return }
    match ureq::post(&url).set("X-Vault-Token", &token).send_json(serde_json::json!({ "data": local })) {
        Ok(_) => println!("written"),
        Err(e) => { eprintln!("vault write failed: {e}"); std::process::exit(1) }
    }
}
