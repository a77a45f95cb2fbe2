//! Explicit, confirmed upload of an armored OpenPGP public key to an HKP keyserver.

use anyhow::{bail, Result};
use std::io::Write;

pub fn publish(key: &std::path::Path, server: &str, yes: bool) -> Result<()> {
    let armored = std::fs::read_to_string(key)?;
    if !armored.contains("-----BEGIN PGP PUBLIC KEY BLOCK-----") {
        bail!("{} is not an armored public key", key.display());
    }
    if armored.contains("PRIVATE KEY") {
        bail!("refusing to upload a private key");
    }
    println!("About to upload {} to {server}/pks/add", key.display());
    if !yes {
        print!("Continue? [y/N] ");
        std::io::stdout().flush()?;
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        if !line.trim().eq_ignore_ascii_case("y") {
            bail!("aborted");
        }
    }
    ureq::post(&format!("{}/pks/add", server.trim_end_matches('/'))).send_form(&[("keytext", armored.as_str())])?;
    println!("uploaded");
    Ok(())
}

