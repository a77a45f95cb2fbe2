//! Reference price client. TODO(candidate): parse the response and handle errors.

use rust_decimal::Decimal;

pub fn fetch_mid(symbol: &str) -> Result<Decimal, Box<dyn std::error::Error>> {
    let base = std::env::var("REFERENCE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    let _body: serde_json::Value = reqwest::blocking::get(format!("{base}/mid/{symbol}"))?.json()?;
    todo!("extract the mid price")
}
