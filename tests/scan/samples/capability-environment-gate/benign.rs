// Elapsed time against a timeout, and the locale read to pick a message catalogue.
use std::time::Instant;

fn expired(started: Instant, limit_secs: u64) -> bool {
    started.elapsed().as_secs() > limit_secs
}

fn catalogue() -> String {
    std::env::var("LANG").unwrap_or_else(|_| "C".into())
}
