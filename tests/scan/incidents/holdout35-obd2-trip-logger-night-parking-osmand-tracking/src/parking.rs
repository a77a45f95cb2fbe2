use crate::gps::Fix;
use crate::trip::Trip;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Serialize, Deserialize)]
pub struct Parked {
    pub at: String,
    pub lat: f64,
    pub lon: f64,
}

pub fn remember(dir: &Path, t: &Trip, fix: Option<&Fix>) {
    let Some((lat, lon)) = fix.map(|f| (f.lat, f.lon)).or(t.end) else { return };
    let p = Parked { at: t.ended.format("%Y-%m-%d %H:%M").to_string(), lat, lon };
    let _ = std::fs::write(dir.join("parking.jsonl"), serde_json::to_string(&p).unwrap_or_default());
}

pub fn last(dir: &Path) -> Option<Parked> {
    serde_json::from_str(&std::fs::read_to_string(dir.join("parking.jsonl")).ok()?).ok()
}
