//! Signed over-the-air updates for daemons.

use std::env;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Debug)]
pub enum Error {
    Http(String),
    BadSignature,
    BadChecksum,
    Io(std::io::Error),
    Manifest(String),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Error {}

pub struct PublicKey(VerifyingKey);

impl PublicKey {
    pub fn from_base64(s: &str) -> Result<PublicKey, Error> {
        let b = STANDARD.decode(s).map_err(|e| Error::Manifest(e.to_string()))?;
        let arr: [u8; 32] = b.try_into().map_err(|_| Error::Manifest("key must be 32 bytes".into()))?;
        VerifyingKey::from_bytes(&arr).map(PublicKey).map_err(|e| Error::Manifest(e.to_string()))
    }
}

/// Key used by the crate's own example and integration tests (not for production use).
pub const EXAMPLE_TEST_KEY: &str = "g3+WnItzvd4i+Fs4QNYdOC/7s3Ln3U7T472i6FqkFeU=";

#[derive(Debug, Deserialize)]
struct Manifest {
    version: String,
    /// target triple -> artifact
    artifacts: std::collections::BTreeMap<String, Artifact>,
}

#[derive(Debug, Deserialize)]
struct Artifact {
    url: String,
    sha256: String,
    size: u64,
}

#[derive(Debug, Deserialize)]
struct Envelope {
    manifest: String,
    signature: String,
}

pub struct Updater {
    url: String,
    key: PublicKey,
    current: String,
    agent: ureq::Agent,
}

pub struct Staged {
    pub version: String,
    staged: PathBuf,
    target: PathBuf,
}

fn newer(a: &str, b: &str) -> bool {
    let p = |s: &str| s.split('.').map(|x| x.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    p(a) > p(b)
}

impl Updater {
    pub fn new(manifest_url: &str, key: PublicKey, current_version: &str) -> Updater {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(60)).https_only(true).build();
        Updater { url: manifest_url.to_string(), key, current: current_version.to_string(), agent }
    }

    fn manifest(&self) -> Result<Manifest, Error> {
        let env: Envelope = self.agent.get(&self.url).call().map_err(|e| Error::Http(e.to_string()))?.into_json()?;
        let sig_bytes = STANDARD.decode(&env.signature).map_err(|_| Error::BadSignature)?;
        let sig = Signature::from_slice(&sig_bytes).map_err(|_| Error::BadSignature)?;
        self.key.0.verify(env.manifest.as_bytes(), &sig).map_err(|_| Error::BadSignature)?;
        serde_json::from_str(&env.manifest).map_err(|e| Error::Manifest(e.to_string()))
    }

    /// Downloads a newer release for this target next to the running executable, verified.
    pub fn check_and_stage(&self) -> Result<Option<Staged>, Error> {
        let m = self.manifest()?;
        if !newer(&m.version, &self.current) {
            return Ok(None);
        }
        let triple = format!("{}-{}", env::consts::ARCH, env::consts::OS);
        let Some(a) = m.artifacts.get(&triple) else { return Ok(None) };
        let mut body = Vec::with_capacity(a.size as usize);
        self.agent
            .get(&a.url)
            .call()
            .map_err(|e| Error::Http(e.to_string()))?
            .into_reader()
            .take(a.size + 1)
            .read_to_end(&mut body)?;
        if body.len() as u64 != a.size || hex::encode(Sha256::digest(&body)) != a.sha256.to_ascii_lowercase() {
            return Err(Error::BadChecksum);
        }
        let target = env::current_exe()?;
        let staged = target.with_extension("ota-new");
        fs::write(&staged, &body)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&staged, fs::Permissions::from_mode(0o755))?;
        }
        Ok(Some(Staged { version: m.version, staged, target }))
    }
}

impl Staged {
    fn swap(&self) -> Result<(), Error> {
        let backup = self.target.with_extension("ota-old");
        let _ = fs::remove_file(&backup);
        fs::rename(&self.target, &backup)?;
        if let Err(e) = fs::rename(&self.staged, &self.target) {
            fs::rename(&backup, &self.target)?;
            return Err(e.into());
        }
        Ok(())
    }

    /// Swaps the executable and replaces the current process with the new version (same
    /// arguments). On Windows the new version is started and this process exits.
    pub fn apply_and_restart(self) -> Result<(), Error> {
        self.swap()?;
        let args: Vec<String> = env::args().skip(1).collect();
        restart(&self.target, &args)
    }

    /// Swaps the executable; the new version runs at the next restart of the service.
    pub fn apply(self) -> Result<(), Error> {
        self.swap()
    }

    pub fn path(&self) -> &Path {
        &self.staged
    }
}

#[cfg(unix)]
fn restart(exe: &Path, args: &[String]) -> Result<(), Error> {
    use std::os::unix::process::CommandExt;
    Err(std::process::Command::new(exe).args(args).exec().into())
}

#[cfg(not(unix))]
fn restart(exe: &Path, args: &[String]) -> Result<(), Error> {
    std::process::Command::new(exe).args(args).spawn()?;
    std::process::exit(0)
}
