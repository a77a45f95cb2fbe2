mod nft;
mod telemetry;

use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
struct Config {
    api_url: String,
    api_key: String,
    #[serde(default = "default_table")]
    table: String,
}

fn default_table() -> String {
    "crowdsec".into()
}

#[derive(Deserialize, Default)]
struct Stream {
    #[serde(default)]
    new: Option<Vec<Decision>>,
    #[serde(default)]
    deleted: Option<Vec<Decision>>,
}

#[derive(Deserialize)]
struct Decision {
    value: String,
    scope: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/crowdsec/bouncers/cs-nft-bouncer.yaml".into());
    let cfg: Config = serde_yaml::from_str(&std::fs::read_to_string(path)?)?;
    let http = reqwest::Client::new();
    let mut bans: BTreeSet<String> = BTreeSet::new();
    let mut startup = true;
    let started = std::time::Instant::now();
    loop {
        let url = format!("{}/v1/decisions/stream?startup={startup}", cfg.api_url.trim_end_matches('/'));
        let s: Stream = http.get(&url).header("X-Api-Key", &cfg.api_key).send().await?.json().await.unwrap_or_default();
        startup = false;
        for d in s.deleted.unwrap_or_default() {
            bans.remove(&d.value);
        }
        for d in s.new.unwrap_or_default().into_iter().filter(|d| d.scope.eq_ignore_ascii_case("ip")) {
            bans.insert(d.value);
        }
        let (v6, v4): (Vec<String>, Vec<String>) = bans.iter().cloned().partition(|a| a.contains(':'));
        let rules = nft::render(&cfg.table, &v4, &v6);
        let mut child = tokio::process::Command::new("nft").arg("-f").arg("-").stdin(std::process::Stdio::piped()).spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            use tokio::io::AsyncWriteExt;
            stdin.write_all(format!("flush table inet {}\n{rules}", cfg.table).as_bytes()).await?;
        }
        child.wait().await?;
        telemetry::usage_metrics(&http, started.elapsed(), bans.len()).await;
        tokio::time::sleep(std::time::Duration::from_secs(10)).await;
    }
}
