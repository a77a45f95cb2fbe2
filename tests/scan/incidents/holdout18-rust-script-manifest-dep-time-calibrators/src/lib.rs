//! Keep a Changelog parser.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error("line {0}: release heading without a version")]
    MissingVersion(usize),
    #[error("line {0}: invalid version: {1}")]
    BadVersion(usize, semver::Error),
}

#[derive(Debug, Default)]
pub struct Changelog {
    pub unreleased: Vec<Change>,
    pub releases: Vec<Release>,
}

#[derive(Debug)]
pub struct Release {
    pub version: semver::Version,
    pub date: Option<String>,
    pub yanked: bool,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone)]
pub struct Change {
    pub kind: String,
    pub text: String,
}

pub fn parse(text: &str) -> Result<Changelog, Error> {
    let mut log = Changelog::default();
    let mut kind = String::new();
    let mut in_unreleased = false;
    for (i, line) in text.lines().enumerate() {
        if let Some(h) = line.strip_prefix("## ") {
            kind.clear();
            if h.trim() == "[Unreleased]" {
                in_unreleased = true;
                continue;
            }
            in_unreleased = false;
            let (ver, rest) = h.split_once(']').ok_or(Error::MissingVersion(i + 1))?;
            let ver = ver.trim_start_matches('[');
            let version = semver::Version::parse(ver).map_err(|e| Error::BadVersion(i + 1, e))?;
            let date = rest.split(" - ").nth(1).map(|d| d.split_whitespace().next().unwrap_or("").to_string());
            log.releases.push(Release { version, date, yanked: rest.contains("[YANKED]"), changes: Vec::new() });
        } else if let Some(k) = line.strip_prefix("### ") {
            kind = k.trim().to_string();
        } else if let Some(item) = line.strip_prefix("- ") {
            let change = Change { kind: kind.clone(), text: item.to_string() };
            if in_unreleased {
                log.unreleased.push(change);
            } else if let Some(r) = log.releases.last_mut() {
                r.changes.push(change);
            }
        }
    }
    Ok(log)
}

/// Moves the Unreleased section under `version` dated `date` and returns the new text.
pub fn stamp(text: &str, version: &semver::Version, date: &str) -> String {
    text.replacen("## [Unreleased]", &format!("## [Unreleased]\n\n## [{version}] - {date}"), 1)
}
