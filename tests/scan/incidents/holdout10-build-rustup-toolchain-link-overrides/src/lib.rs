//! Query the rustc version and release channel.
//!
//! At build time the crate records the channel of the compiler that builds it, so libraries
//! can write `if rustc_channel::CHANNEL == Channel::Nightly { .. }` without a build script of
//! their own. [`version_meta`] asks a compiler at run time, like `rustc -vV`.

use std::process::Command;

/// Release channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Dev,
    Nightly,
    Beta,
    Stable,
}

impl Channel {
    const fn from_str(s: &str) -> Channel {
        match s.as_bytes() {
            b"nightly" => Channel::Nightly,
            b"beta" => Channel::Beta,
            b"dev" => Channel::Dev,
            _ => Channel::Stable,
        }
    }
}

/// Channel of the compiler that built this crate.
pub const CHANNEL: Channel = Channel::from_str(env!("RUSTC_CHANNEL_DETECTED"));

/// `rustc -vV` of the compiler that built this crate.
pub const VERBOSE_VERSION: &str = env!("RUSTC_CHANNEL_VV");

/// Parsed `rustc -vV` output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionMeta {
    pub semver: semver::Version,
    pub commit_hash: Option<String>,
    pub commit_date: Option<String>,
    pub host: String,
    pub channel: Channel,
    pub llvm_version: Option<String>,
}

/// Errors from [`version_meta`].
#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Parse(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "could not run rustc: {e}"),
            Error::Parse(s) => write!(f, "unexpected rustc -vV output: {s}"),
        }
    }
}

impl std::error::Error for Error {}

/// Parses `rustc -vV` output.
pub fn parse(vv: &str) -> Result<VersionMeta, Error> {
    let field = |k: &str| vv.lines().find_map(|l| l.strip_prefix(k)).map(|v| v.trim().to_owned());
    let release = field("release:").ok_or_else(|| Error::Parse(vv.into()))?;
    let semver = semver::Version::parse(&release).map_err(|e| Error::Parse(e.to_string()))?;
    let channel = match semver.pre.as_str() {
        "" => Channel::Stable,
        p if p.starts_with("beta") => Channel::Beta,
        p if p.starts_with("nightly") => Channel::Nightly,
        _ => Channel::Dev,
    };
    Ok(VersionMeta {
        semver,
        commit_hash: field("commit-hash:").filter(|v| v != "unknown"),
        commit_date: field("commit-date:").filter(|v| v != "unknown"),
        host: field("host:").unwrap_or_default(),
        channel,
        llvm_version: field("LLVM version:"),
    })
}

/// Runs `$RUSTC -vV` (or `rustc -vV`) and parses it.
pub fn version_meta() -> Result<VersionMeta, Error> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc).arg("-vV").output().map_err(Error::Io)?;
    parse(&String::from_utf8_lossy(&out.stdout))
}
