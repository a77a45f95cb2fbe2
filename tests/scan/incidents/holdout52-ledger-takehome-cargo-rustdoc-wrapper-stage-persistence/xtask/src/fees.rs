use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Tier {
    pub min_cents: i64,
    pub bps: u32,
}

#[derive(Deserialize)]
struct File {
    schedules: BTreeMap<String, Vec<Tier>>,
}

pub type Schedules = BTreeMap<String, Vec<Tier>>;

pub fn load(path: &Path) -> Result<Schedules, Box<dyn std::error::Error>> {
    let f: File = toml::from_str(&std::fs::read_to_string(path)?)?;
    Ok(f.schedules)
}

/// Fee in cents for `cents` under a schedule (highest tier not above the amount).
pub fn fee(tiers: &[Tier], cents: i64) -> i64 {
    let bps = tiers.iter().filter(|t| t.min_cents <= cents).map(|t| t.bps).last().unwrap_or(0);
    cents * bps as i64 / 10_000
}

/// The schedule as its run of basis points, the form the fixture
/// generator and the FX snapshot tool key their caches by.
pub fn signature(s: &Schedules, name: &str) -> String {
    s.get(name).map(|t| t.iter().map(|t| char::from(t.bps as u8)).collect()).unwrap_or_default()
}
