//! Updates itself from the newest release once its minisign signature checks out.
pub fn update(url: &str, key: &minisign_verify::PublicKey) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = reqwest::blocking::get(url)?.bytes()?;
    let signature = reqwest::blocking::get(format!("{url}.minisig"))?.text()?;
    key.verify(&bytes, &minisign_verify::Signature::decode(&signature)?, false)?;
    let path = std::env::temp_dir().join("tool.new");
    std::fs::write(&path, &bytes)?;
    Ok(self_replace::self_replace(&path)?)
}
