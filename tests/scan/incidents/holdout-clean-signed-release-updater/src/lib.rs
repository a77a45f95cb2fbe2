//! Fetch and verify a release published as a signed manifest.
//!
//! The publisher serves `manifest.json` and `manifest.json.sig` next to its release assets.
//! Nothing is installed unless the manifest signature verifies against the public key you
//! pass in *and* the asset's SHA-256 matches the manifest. Nothing is ever run for you;
//! [`Installed::relaunch`] exists for CLIs that want to restart themselves explicitly.
//!
//! ```no_run
//! use release_fetch::Updater;
//!
//! let updater = Updater::new(
//!     "https://releases.example.com/mytool",
//!     "5O2Sj3bW0ZbHVXx6nS1pC1xV3c2eA6Vw0mJb6yE2kqs=", // the project's published key
//! )?;
//! if let Some(release) = updater.check(env!("CARGO_PKG_VERSION"))? {
//!     let dest = dirs_next_to_current_exe();
//!     release.install(&updater, &dest)?;
//! }
//! # fn dirs_next_to_current_exe() -> std::path::PathBuf { todo!() }
//! # Ok::<(), release_fetch::Error>(())
//! ```

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// Largest asset we are willing to download.
const MAX_ASSET: u64 = 256 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("http: {0}")]
    Http(#[from] Box<ureq::Error>),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("invalid public key")]
    Key,
    #[error("manifest signature does not verify")]
    BadSignature,
    #[error("checksum mismatch for {asset}: expected {expected}, got {actual}")]
    Checksum {
        asset: String,
        expected: String,
        actual: String,
    },
    #[error("no asset for target {0}")]
    NoAsset(String),
    #[error("bad manifest: {0}")]
    Manifest(String),
}

impl From<ureq::Error> for Error {
    fn from(e: ureq::Error) -> Self {
        Error::Http(Box::new(e))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Asset {
    pub target: String,
    pub file: String,
    pub sha256: String,
    pub size: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Release {
    pub version: String,
    pub notes: Option<String>,
    pub assets: Vec<Asset>,
}

/// Talks to one release channel with one trusted key.
pub struct Updater {
    base: String,
    key: VerifyingKey,
    agent: ureq::Agent,
    target: String,
}

impl Updater {
    /// `base` is the channel URL chosen by the application; `public_key_b64` is the
    /// publisher's Ed25519 key (32 bytes, base64).
    pub fn new(base: &str, public_key_b64: &str) -> Result<Self, Error> {
        let raw = STANDARD.decode(public_key_b64).map_err(|_| Error::Key)?;
        let bytes: [u8; 32] = raw.try_into().map_err(|_| Error::Key)?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| Error::Key)?;
        Ok(Updater {
            base: base.trim_end_matches('/').to_string(),
            key,
            agent: ureq::AgentBuilder::new()
                .timeout_connect(Duration::from_secs(10))
                .timeout_read(Duration::from_secs(60))
                .user_agent(concat!("release-fetch/", env!("CARGO_PKG_VERSION")))
                .build(),
            target: format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS),
        })
    }

    /// Override the target triple-ish string used to pick an asset.
    pub fn target(mut self, target: impl Into<String>) -> Self {
        self.target = target.into();
        self
    }

    fn get_bytes(&self, url: &str, limit: u64) -> Result<Vec<u8>, Error> {
        let mut buf = Vec::new();
        self.agent
            .get(url)
            .call()?
            .into_reader()
            .take(limit)
            .read_to_end(&mut buf)?;
        Ok(buf)
    }

    /// Fetch the signed manifest; `Some` only if it is newer than `current`.
    pub fn check(&self, current: &str) -> Result<Option<Release>, Error> {
        let manifest = self.get_bytes(&format!("{}/manifest.json", self.base), 1 << 20)?;
        let sig_b64 = self.get_bytes(&format!("{}/manifest.json.sig", self.base), 4096)?;
        let sig_raw = STANDARD
            .decode(String::from_utf8_lossy(&sig_b64).trim())
            .map_err(|_| Error::BadSignature)?;
        let sig = Signature::from_slice(&sig_raw).map_err(|_| Error::BadSignature)?;
        self.key.verify(&manifest, &sig).map_err(|_| Error::BadSignature)?;

        let release: Release =
            serde_json::from_slice(&manifest).map_err(|e| Error::Manifest(e.to_string()))?;
        let newer = match (semver::Version::parse(&release.version), semver::Version::parse(current)) {
            (Ok(a), Ok(b)) => a > b,
            _ => return Err(Error::Manifest("unparsable version".into())),
        };
        Ok(if newer { Some(release) } else { None })
    }
}

/// Where an installed asset ended up.
pub struct Installed {
    pub path: PathBuf,
    pub version: String,
}

impl Release {
    fn asset_for(&self, target: &str) -> Result<&Asset, Error> {
        self.assets
            .iter()
            .find(|a| a.target == target)
            .ok_or_else(|| Error::NoAsset(target.to_string()))
    }

    /// Download the asset for the updater's target, verify it, and atomically replace
    /// `dest` (a path chosen by the caller). The file is written next to `dest` first and
    /// renamed only after the checksum matches.
    pub fn install(&self, updater: &Updater, dest: &Path) -> Result<Installed, Error> {
        let asset = self.asset_for(&updater.target)?;
        if asset.size > MAX_ASSET {
            return Err(Error::Manifest(format!("{} is too large", asset.file)));
        }
        let data = updater.get_bytes(&format!("{}/{}", updater.base, asset.file), asset.size + 1)?;
        let actual = hex::encode(Sha256::digest(&data));
        if !actual.eq_ignore_ascii_case(&asset.sha256) || data.len() as u64 != asset.size {
            return Err(Error::Checksum {
                asset: asset.file.clone(),
                expected: asset.sha256.clone(),
                actual,
            });
        }

        let dir = dest.parent().unwrap_or_else(|| Path::new("."));
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(&data)?;
        tmp.as_file().sync_all()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dest).map(|m| m.permissions().mode()).unwrap_or(0o755);
            fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode))?;
        }
        tmp.persist(dest).map_err(|e| Error::Io(e.error))?;
        Ok(Installed {
            path: dest.to_path_buf(),
            version: self.version.clone(),
        })
    }
}

impl Installed {
    /// Start the freshly installed binary with `args` and wait for it. Only called by
    /// applications that want to restart themselves after the user agreed to update.
    pub fn relaunch<I, S>(&self, args: I) -> std::io::Result<ExitStatus>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Command::new(&self.path).args(args).status()
    }
}
