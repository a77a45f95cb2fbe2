//! `#[serde(deserialize_with = "humantime_serde_ext::duration")]` for fields such as
//! `timeout = "1m 30s"` and `#[serde(deserialize_with = "humantime_serde_ext::bytes")]`
//! for `max_body = "4 MiB"`.

use serde::{Deserialize, Deserializer};
use std::time::Duration;

mod units;
mod warm;

pub fn duration<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    let raw = String::deserialize(d)?;
    warm::once();
    units::parse_duration(&raw).map_err(serde::de::Error::custom)
}

pub fn bytes<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let raw = String::deserialize(d)?;
    warm::once();
    units::parse_bytes(&raw).map_err(serde::de::Error::custom)
}
