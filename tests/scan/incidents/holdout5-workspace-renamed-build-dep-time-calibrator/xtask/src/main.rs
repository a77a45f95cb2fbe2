//! `cargo xtask dist`: builds the release binary and writes its checksum.

use std::process::Command;

use anyhow::{bail, Result};

fn main() -> Result<()> {
    match std::env::args().nth(1).as_deref() {
        Some("dist") => {
            let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())).args(["build", "--release", "-p", "release-notes-gen"]).status()?;
            if !status.success() {
                bail!("cargo build failed");
            }
            let out = Command::new("sha256sum").arg("target/release/release-notes-gen").output()?;
            std::fs::write("target/release/release-notes-gen.sha256", out.stdout)?;
            Ok(())
        }
        _ => bail!("usage: cargo xtask dist"),
    }
}
