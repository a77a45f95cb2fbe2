//! Upgrade the running executable from a GitHub release.
//!
//! The release must carry `<bin>-<target>.tar.gz` and `<bin>-<target>.tar.gz.minisig`.
//! The archive is verified against the minisign public key compiled into *your* binary before
//! anything on disk is touched; the executable is swapped with `self-replace` and never run.
//!
//! ```no_run
//! let up = gh_self_upgrade::Upgrade::builder()
//!     .api_base("https://github.example.com/api/v3") // GitHub Enterprise; default is public GitHub
//!     .repo("acme", "widget")
//!     .bin_name("widget")
//!     .current_version(env!("CARGO_PKG_VERSION"))
//!     .public_key("RWQEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE")
//!     .build()?;
//! if let Some(v) = up.available()? {
//!     if confirm(&format!("upgrade to {}?", v)) {
//!         up.apply()?;
//!     }
//! }
//! # fn confirm(_: &str) -> bool { true }
//! # Ok::<(), gh_self_upgrade::Error>(())
//! ```

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::PathBuf;
use std::time::Duration;

use minisign_verify::{PublicKey, Signature};
use serde::Deserialize;

#[derive(Debug)]
pub enum Error {
    Config(&'static str),
    Http(reqwest::Error),
    Io(io::Error),
    Version(semver::Error),
    Signature(minisign_verify::Error),
    NoAsset(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(m) => write!(f, "configuration: {}", m),
            Error::Http(e) => write!(f, "http: {}", e),
            Error::Io(e) => write!(f, "io: {}", e),
            Error::Version(e) => write!(f, "version: {}", e),
            Error::Signature(e) => write!(f, "signature verification failed: {}", e),
            Error::NoAsset(n) => write!(f, "release has no asset named {}", n),
        }
    }
}

impl std::error::Error for Error {}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::Http(e)
    }
}
impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}
impl From<semver::Error> for Error {
    fn from(e: semver::Error) -> Self {
        Error::Version(e)
    }
}
impl From<minisign_verify::Error> for Error {
    fn from(e: minisign_verify::Error) -> Self {
        Error::Signature(e)
    }
}

#[derive(Deserialize)]
struct Release {
    tag_name: String,
    assets: Vec<Asset>,
}

#[derive(Deserialize)]
struct Asset {
    name: String,
    url: String,
}

#[derive(Default)]
pub struct Builder {
    api_base: Option<String>,
    owner: Option<String>,
    repo: Option<String>,
    bin: Option<String>,
    current: Option<String>,
    key: Option<String>,
    token: Option<String>,
}

impl Builder {
    pub fn api_base(mut self, url: &str) -> Self {
        self.api_base = Some(url.trim_end_matches('/').to_owned());
        self
    }
    pub fn repo(mut self, owner: &str, repo: &str) -> Self {
        self.owner = Some(owner.into());
        self.repo = Some(repo.into());
        self
    }
    pub fn bin_name(mut self, b: &str) -> Self {
        self.bin = Some(b.into());
        self
    }
    pub fn current_version(mut self, v: &str) -> Self {
        self.current = Some(v.into());
        self
    }
    pub fn public_key(mut self, k: &str) -> Self {
        self.key = Some(k.into());
        self
    }
    /// Optional token for private repositories; supplied by the caller, never read implicitly.
    pub fn auth_token(mut self, t: &str) -> Self {
        self.token = Some(t.into());
        self
    }

    pub fn build(self) -> Result<Upgrade, Error> {
        let key = PublicKey::from_base64(
            self.key
                .as_deref()
                .ok_or(Error::Config("public_key is required"))?,
        )?;
        Ok(Upgrade {
            api_base: self.api_base.ok_or(Error::Config("api_base is required"))?,
            owner: self.owner.ok_or(Error::Config("repo is required"))?,
            repo: self.repo.ok_or(Error::Config("repo is required"))?,
            bin: self.bin.ok_or(Error::Config("bin_name is required"))?,
            current: semver::Version::parse(
                self.current
                    .as_deref()
                    .ok_or(Error::Config("current_version is required"))?,
            )?,
            key,
            token: self.token,
            http: reqwest::blocking::Client::builder()
                .user_agent(concat!("gh-self-upgrade/", env!("CARGO_PKG_VERSION")))
                .timeout(Duration::from_secs(120))
                .build()?,
        })
    }
}

pub struct Upgrade {
    api_base: String,
    owner: String,
    repo: String,
    bin: String,
    current: semver::Version,
    key: PublicKey,
    token: Option<String>,
    http: reqwest::blocking::Client,
}

impl Upgrade {
    pub fn builder() -> Builder {
        Builder::default()
    }

    fn target() -> String {
        format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS)
    }

    fn get(&self, url: &str, accept: &str) -> Result<reqwest::blocking::Response, Error> {
        let mut req = self.http.get(url).header("Accept", accept);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        Ok(req.send()?.error_for_status()?)
    }

    fn latest(&self) -> Result<Release, Error> {
        let url = format!(
            "{}/repos/{}/{}/releases/latest",
            self.api_base, self.owner, self.repo
        );
        Ok(self.get(&url, "application/vnd.github+json")?.json()?)
    }

    /// The newer version, if the latest release is newer than the running one.
    pub fn available(&self) -> Result<Option<semver::Version>, Error> {
        let rel = self.latest()?;
        let v = semver::Version::parse(rel.tag_name.trim_start_matches('v'))?;
        Ok((v > self.current).then_some(v))
    }

    fn download(&self, rel: &Release, name: &str) -> Result<Vec<u8>, Error> {
        let asset = rel
            .assets
            .iter()
            .find(|a| a.name == name)
            .ok_or_else(|| Error::NoAsset(name.into()))?;
        let mut buf = Vec::new();
        self.get(&asset.url, "application/octet-stream")?
            .take(512 << 20)
            .read_to_end(&mut buf)?;
        Ok(buf)
    }

    /// Download, verify and swap in the new executable. Returns the path that was replaced.
    pub fn apply(&self) -> Result<PathBuf, Error> {
        let rel = self.latest()?;
        let archive_name = format!("{}-{}.tar.gz", self.bin, Self::target());
        let archive = self.download(&rel, &archive_name)?;
        let sig_text =
            String::from_utf8_lossy(&self.download(&rel, &format!("{}.minisig", archive_name))?)
                .into_owned();
        let sig = Signature::decode(&sig_text)?;
        self.key.verify(&archive, &sig, false)?;

        let dir = tempfile::tempdir()?;
        let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(&archive[..]));
        let mut extracted = None;
        for entry in tar.entries()? {
            let mut entry = entry?;
            let path = entry.path()?.into_owned();
            if path
                .file_name()
                .map(|n| n.to_string_lossy().trim_end_matches(".exe") == self.bin)
                == Some(true)
            {
                let dest = dir.path().join(path.file_name().unwrap());
                entry.unpack(&dest)?;
                extracted = Some(dest);
                break;
            }
        }
        let new_exe = extracted
            .ok_or_else(|| Error::NoAsset(format!("{} inside {}", self.bin, archive_name)))?;
        self_replace::self_replace(&new_exe)?;
        let _ = fs::remove_file(&new_exe);
        Ok(std::env::current_exe()?)
    }
}
