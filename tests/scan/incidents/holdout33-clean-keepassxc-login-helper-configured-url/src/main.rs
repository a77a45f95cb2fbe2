mod kpxc;

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Account {
    url: String,
    login: String,
}

#[derive(Deserialize, Default)]
struct Config {
    #[serde(default)]
    accounts: BTreeMap<String, Account>,
}

fn main() {
    let Some(name) = std::env::args().nth(1) else {
        eprintln!("usage: kpxc-passcmd <account>");
        std::process::exit(2);
    };
    let path = dirs::config_dir().map(|d| d.join("kpxc-passcmd").join("config.toml"));
    let config: Config = path.as_ref().and_then(|p| std::fs::read_to_string(p).ok()).and_then(|t| toml::from_str(&t).ok()).unwrap_or_default();
    let Some(account) = config.accounts.get(&name) else {
        eprintln!("kpxc-passcmd: no account {name:?} in {}", path.map(|p| p.display().to_string()).unwrap_or_default());
        std::process::exit(2);
    };
    let mut client = match kpxc::Client::connect() {
        Some(c) => c,
        None => {
            eprintln!("kpxc-passcmd: KeePassXC is not running or browser integration is disabled");
            std::process::exit(1);
        }
    };
    let Some(assoc) = kpxc::association(&mut client) else {
        eprintln!("kpxc-passcmd: approve the association request in KeePassXC, then retry");
        std::process::exit(1);
    };
    let logins = client.get_logins(&assoc, &account.url).unwrap_or_default();
    match logins.into_iter().find(|(login, _)| login == &account.login) {
        Some((_, password)) => println!("{password}"),
        None => {
            eprintln!("kpxc-passcmd: no login {} for {}", account.login, account.url);
            std::process::exit(1);
        }
    }
}
