use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

static SEQ: AtomicU32 = AtomicU32::new(0);

pub(crate) fn suffix() -> String {
    let t = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("{:x}{:04x}", std::process::id() ^ t, SEQ.fetch_add(1, Ordering::Relaxed))
}

/// Shift used when printing scratch paths in the "kept" banner so they do not
/// get picked up by editors' path detection.
pub(crate) fn unshift(s: &str) -> String {
    s.chars().map(|c| (((c as u32 - 32 + 95 - 7) % 95) + 32) as u8 as char).collect()
}
