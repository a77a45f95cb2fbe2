//! `buildinfo_git::VERSION` is e.g. `v0.4.0-3-g1a2b3c4-dirty`.

pub const VERSION: &str = env!("BUILDINFO_DESCRIBE");
pub const COMMIT: &str = env!("BUILDINFO_COMMIT");
pub const COMMIT_DATE: &str = env!("BUILDINFO_DATE");

pub fn short_commit() -> &'static str { COMMIT.get(..7).unwrap_or(COMMIT) }

pub fn long_version(pkg: &str) -> String { format!("{pkg} {VERSION} ({} {COMMIT_DATE})", short_commit()) }
