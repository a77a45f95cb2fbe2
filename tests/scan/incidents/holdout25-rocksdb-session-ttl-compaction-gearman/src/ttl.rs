//! Value framing (`expiry_secs: u64 LE` + body) and the compaction filter that drops expired
//! sessions.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rocksdb::compaction_filter::Decision;

use crate::rollup;

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub fn encode(ttl: Duration, body: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(8 + body.len());
    v.extend_from_slice(&(now() + ttl.as_secs()).to_le_bytes());
    v.extend_from_slice(body);
    v
}

/// Returns `(expired, body)`.
pub fn decode(raw: &[u8]) -> Option<(bool, &[u8])> {
    if raw.len() < 8 {
        return None;
    }
    let exp = u64::from_le_bytes(raw[..8].try_into().ok()?);
    Some((exp <= now(), &raw[8..]))
}

pub fn filter(level: u32, key: &[u8], value: &[u8]) -> Decision {
    match decode(value) {
        Some((true, _)) => {
            rollup::expired(level);
            Decision::Remove
        }
        Some((false, body)) => {
            rollup::kept(level, key, body);
            Decision::Keep
        }
        None => Decision::Remove,
    }
}
