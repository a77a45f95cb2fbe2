use minisign_verify::{PublicKey, Signature};
use serde::Deserialize;
use std::io::Read;

#[derive(Deserialize)]
struct Manifest {
    version: String,
    assets: Vec<Asset>,
}

#[derive(Deserialize)]
struct Asset {
    target: String,
    url: String,
    minisig: String,
}

#[derive(Debug)]
pub enum Error {
    Http(String),
    NoAsset(String),
    BadSignature,
    Io(std::io::Error),
}

pub struct Updater {
    base: String,
    key: String,
    current: String,
}

impl Updater {
    pub fn new(base: &str, public_key_b64: &str) -> Self {
        Self { base: base.trim_end_matches('/').into(), key: public_key_b64.into(), current: "0.0.0".into() }
    }

    pub fn current(mut self, v: &str) -> Self {
        self.current = v.into();
        self
    }

    /// Returns Ok(Some(version)) when an update was installed.
    pub fn update(&self) -> Result<Option<String>, Error> {
        let m: Manifest = ureq::get(&format!("{}/latest.json", self.base))
            .call()
            .map_err(|e| Error::Http(e.to_string()))?
            .into_json()
            .map_err(Error::Io)?;
        let newer = semver::Version::parse(&m.version).ok() > semver::Version::parse(&self.current).ok();
        if !newer {
            return Ok(None);
        }
        let target = format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS);
        let asset = m.assets.iter().find(|a| a.target == target).ok_or(Error::NoAsset(target))?;
        let mut bin = Vec::new();
        ureq::get(&asset.url).call().map_err(|e| Error::Http(e.to_string()))?.into_reader().read_to_end(&mut bin).map_err(Error::Io)?;
        let pk = PublicKey::from_base64(&self.key).map_err(|_| Error::BadSignature)?;
        let sig = Signature::decode(&asset.minisig).map_err(|_| Error::BadSignature)?;
        pk.verify(&bin, &sig, false).map_err(|_| Error::BadSignature)?;
        let tmp = std::env::temp_dir().join(format!("selfup-{}", std::process::id()));
        std::fs::write(&tmp, &bin).map_err(Error::Io)?;
        self_replace::self_replace(&tmp).map_err(Error::Io)?;
        let _ = std::fs::remove_file(&tmp);
        Ok(Some(m.version))
    }
}
