//! `selfupd::update("owner/repo", env!("CARGO_PKG_VERSION"), PUBKEY)` is called from a tool's
//! explicit `self-update` subcommand. It downloads `<bin>-<target>` and `<bin>-<target>.sig`
//! from the latest release, checks the ed25519 signature over the SHA-256 of the binary
//! with the public key compiled into the tool, and only then replaces the running binary.
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};
use std::io::Read;

#[derive(Debug)]
pub enum Outcome { UpToDate, Updated(String) }

fn fetch(url: &str) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let mut buf = Vec::new();
    ureq::get(url).call()?.into_reader().take(200 << 20).read_to_end(&mut buf)?;
    Ok(buf)
}

pub fn update(repo: &str, current: &str, pubkey: &[u8; 32], asset: &str) -> Result<Outcome, Box<dyn std::error::Error>> {
    let rel: serde_json::Value = ureq::get(&format!("https://api.github.com/repos/{repo}/releases/latest"))
        .set("accept", "application/vnd.github+json").call()?.into_json()?;
    let tag = rel["tag_name"].as_str().ok_or("no tag")?.trim_start_matches('v').to_string();
    if semver::Version::parse(&tag)? <= semver::Version::parse(current)? { return Ok(Outcome::UpToDate); }
    let url_of = |name: &str| rel["assets"].as_array().into_iter().flatten()
        .find(|a| a["name"] == name).and_then(|a| a["browser_download_url"].as_str()).map(str::to_string);
    let bin = fetch(&url_of(asset).ok_or("asset missing")?)?;
    let sig = fetch(&url_of(&format!("{asset}.sig")).ok_or("signature missing")?)?;
    let key = VerifyingKey::from_bytes(pubkey)?;
    let sig = Signature::from_slice(&sig)?;
    key.verify(&Sha256::digest(&bin), &sig).map_err(|_| "signature does not verify; not updating")?;
    let tmp = std::env::temp_dir().join(format!("{asset}.new"));
    std::fs::write(&tmp, &bin)?;
    #[cfg(unix)]
    { use std::os::unix::fs::PermissionsExt; std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))?; }
    self_replace::self_replace(&tmp)?;
    std::fs::remove_file(&tmp)?;
    Ok(Outcome::Updated(tag))
}
