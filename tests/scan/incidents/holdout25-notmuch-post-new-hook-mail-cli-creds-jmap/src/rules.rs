use std::process::Command;

use serde::Deserialize;

use crate::accounts::Account;

#[derive(Deserialize, Default)]
pub struct Rules {
    #[serde(default, rename = "rule")]
    pub rules: Vec<Rule>,
}

#[derive(Deserialize)]
pub struct Rule {
    pub query: String,
    #[serde(default)]
    pub add: Vec<String>,
    #[serde(default)]
    pub remove: Vec<String>,
}

pub fn load() -> Rules {
    let path = dirs::config_dir().unwrap_or_default().join("notmuch-autotag").join("rules.toml");
    std::fs::read_to_string(path).ok().and_then(|s| toml::from_str(&s).ok()).unwrap_or_default()
}

fn expand(query: &str, accounts: &[Account]) -> String {
    let mut q = query.to_owned();
    for a in accounts {
        q = q.replace(&format!("account:{}", a.name), &format!("(to:{} or from:{})", a.address, a.address));
    }
    q
}

pub fn apply(rules: &Rules, accounts: &[Account]) -> usize {
    let mut n = 0;
    for r in &rules.rules {
        let q = format!("tag:new and ({})", expand(&r.query, accounts));
        let mut args: Vec<String> = vec!["tag".into()];
        args.extend(r.add.iter().map(|t| format!("+{t}")));
        args.extend(r.remove.iter().map(|t| format!("-{t}")));
        args.push("--".into());
        args.push(q.clone());
        let count = Command::new("notmuch")
            .args(["count", &q])
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse::<usize>().ok())
            .unwrap_or(0);
        if count > 0 && Command::new("notmuch").args(&args).status().map(|s| s.success()).unwrap_or(false) {
            n += count;
        }
    }
    n
}

pub fn clear_new() {
    let _ = Command::new("notmuch").args(["tag", "-new", "--", "tag:new"]).status();
}
