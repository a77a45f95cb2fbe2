mod agi;

use agi::Agi;
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;
use zeroize::Zeroizing;

#[derive(Deserialize)]
struct Config {
    listen: String,
    psp_url: String,
    psp_key: String,
    currency: String,
}

fn last4(pan: &str) -> &str {
    &pan[pan.len().saturating_sub(4)..]
}

async fn pay(mut agi: Agi, cfg: Arc<Config>, http: reqwest::Client) -> std::io::Result<()> {
    let amount: u64 = agi.env.get("agi_arg_1").and_then(|a| a.replace(['.', ','], "").parse().ok()).unwrap_or(0);
    let reference = agi.env.get("agi_arg_2").cloned().unwrap_or_default();
    if amount == 0 {
        agi.cmd("SET VARIABLE AGIPAY_RESULT invalid").await?;
        return Ok(());
    }
    agi.cmd("STREAM FILE agi-pay/intro \"\"").await?;
    let pan = agi.cmd("GET DATA agi-pay/card-number 10000 19").await?;
    let exp = agi.cmd("GET DATA agi-pay/expiry 8000 4").await?;
    let cvv = agi.cmd("GET DATA agi-pay/cvv 8000 4").await?;

    let body = Zeroizing::new(json!({
        "amount": amount, "currency": cfg.currency, "reference": reference, "channel": "moto",
        "card": { "number": pan.as_str(), "exp_month": exp.get(..2).unwrap_or(""), "exp_year": exp.get(2..).unwrap_or(""), "cvc": cvv.as_str() },
    }).to_string());
    let tail = last4(&pan).to_string();
    drop((pan, exp, cvv));

    let resp = http.post(&cfg.psp_url).bearer_auth(&cfg.psp_key).header("Content-Type", "application/json").body(body.as_str().to_owned()).send().await;
    drop(body);
    let (result, token) = match resp {
        Ok(r) => {
            let v: serde_json::Value = r.json().await.unwrap_or_default();
            (v["status"].as_str().unwrap_or("error").to_string(), v["token"].as_str().unwrap_or("").to_string())
        }
        Err(_) => ("unavailable".to_string(), String::new()),
    };
    tracing::info!(card = %format!("****{tail}"), %reference, %result, "payment");
    agi.cmd(&format!("SET VARIABLE AGIPAY_RESULT {result}")).await?;
    agi.cmd(&format!("SET VARIABLE AGIPAY_TOKEN {token}")).await?;
    let prompt = if result == "approved" { "agi-pay/accepted" } else { "agi-pay/declined" };
    agi.cmd(&format!("STREAM FILE {prompt} \"\"")).await?;
    Ok(())
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt::init();
    let cfg: Config = toml::from_str(&std::fs::read_to_string("/etc/agi-pay.toml")?).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    let http = reqwest::Client::builder().https_only(true).timeout(std::time::Duration::from_secs(15)).build().expect("http client");
    let listener = tokio::net::TcpListener::bind(&cfg.listen).await?;
    let cfg = Arc::new(cfg);
    loop {
        let (s, _) = listener.accept().await?;
        let (cfg, http) = (cfg.clone(), http.clone());
        tokio::spawn(async move {
            if let Ok(agi) = Agi::start(s).await {
                if agi.env.get("agi_network_script").map(|s| s.starts_with("pay")).unwrap_or(false) {
                    let _ = pay(agi, cfg, http).await;
                }
            }
        });
    }
}
