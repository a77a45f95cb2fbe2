//! Explicit, signature-checked self-update.

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use std::io::{BufRead, Read, Write};
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    Http(String),
    NoAsset(String),
    BadSignature,
    Io(std::io::Error),
    Declined,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

pub struct Updater {
    repo: String,
    current: String,
    key: [u8; 32],
}

fn target() -> String {
    format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS)
}

fn get(url: &str) -> Result<Vec<u8>, Error> {
    let resp = ureq::get(url).set("User-Agent", "selfup").call().map_err(|e| Error::Http(e.to_string()))?;
    let mut buf = Vec::new();
    resp.into_reader().take(200 << 20).read_to_end(&mut buf)?;
    Ok(buf)
}

impl Updater {
    pub fn new(repo: &str, current: &str, public_key: [u8; 32]) -> Self {
        Updater { repo: repo.into(), current: current.into(), key: public_key }
    }

    fn latest(&self) -> Result<(String, String, String), Error> {
        let meta = String::from_utf8_lossy(&get(&format!("https://api.github.com/repos/{}/releases/latest", self.repo))?).into_owned();
        let tag = meta.split("\"tag_name\":\"").nth(1).and_then(|s| s.split('"').next()).ok_or_else(|| Error::Http("no tag".into()))?.to_string();
        let want = target();
        let urls: Vec<&str> = meta.split("\"browser_download_url\":\"").skip(1).filter_map(|s| s.split('"').next()).collect();
        let bin = urls.iter().find(|u| u.contains(&want) && !u.ends_with(".sig")).ok_or_else(|| Error::NoAsset(want.clone()))?;
        let sig = urls.iter().find(|u| u.starts_with(*bin) && u.ends_with(".sig")).ok_or_else(|| Error::NoAsset(format!("{want}.sig")))?;
        Ok((tag, bin.to_string(), sig.to_string()))
    }

    pub fn update(&self) -> Result<bool, Error> {
        let (tag, bin_url, sig_url) = self.latest()?;
        if tag.trim_start_matches('v') == self.current {
            eprintln!("already up to date ({})", self.current);
            return Ok(false);
        }
        let bin = get(&bin_url)?;
        let sig = get(&sig_url)?;
        let key = VerifyingKey::from_bytes(&self.key).map_err(|_| Error::BadSignature)?;
        let sig = Signature::from_slice(&sig[..64.min(sig.len())]).map_err(|_| Error::BadSignature)?;
        key.verify(&bin, &sig).map_err(|_| Error::BadSignature)?;
        eprint!("update {} -> {} ({} bytes, signature ok)? [y/N] ", self.current, tag, bin.len());
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !answer.trim().eq_ignore_ascii_case("y") {
            return Err(Error::Declined);
        }
        let exe = std::env::current_exe()?;
        let tmp: PathBuf = exe.with_extension("new");
        std::fs::write(&tmp, &bin)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))?;
        }
        std::fs::rename(&exe, exe.with_extension("old"))?;
        std::fs::rename(&tmp, &exe)?;
        eprintln!("updated to {tag}; previous binary kept as {}", exe.with_extension("old").display());
        Ok(true)
    }
}
