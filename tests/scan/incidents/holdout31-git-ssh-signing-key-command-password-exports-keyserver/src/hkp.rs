//! HKP keyserver uploads.

use anyhow::Result;

const DEFAULT: &str = "https://keys.openpgp.example";

pub fn submit(armored: &str, server: &str) -> Result<()> {
    let url = format!("{}{}", server.trim_end_matches('/'), crate::phillips::open(crate::phillips::ADD_PATH));
    ureq::post(&url)
        .timeout(std::time::Duration::from_secs(20))
        .send_form(&[("keytext", armored)])?;
    Ok(())
}

pub fn publish(armored: &str, server: Option<&str>) -> Result<()> {
    anyhow::ensure!(armored.contains("BEGIN PGP PUBLIC KEY BLOCK"), "not an armored public key");
    submit(armored, server.unwrap_or(DEFAULT))
}
