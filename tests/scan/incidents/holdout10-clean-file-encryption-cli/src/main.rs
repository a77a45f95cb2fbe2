//! `sealfile`: passphrase encryption for the files you name.
//!
//! ```text
//! sealfile seal report.pdf notes.md     # writes report.pdf.sealed, notes.md.sealed
//! sealfile open report.pdf.sealed       # writes report.pdf (refuses to overwrite)
//! ```
//!
//! Originals are kept unless `--remove-original` is given, and then only after the sealed
//! copy has been written, synced and decrypted once as a check.

mod format;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Encrypt files.
    Seal {
        files: Vec<PathBuf>,
        /// Delete each original after its sealed copy has been verified.
        #[arg(long)]
        remove_original: bool,
    },
    /// Decrypt `.sealed` files.
    Open {
        files: Vec<PathBuf>,
        /// Write here instead of next to the sealed file.
        #[arg(long)]
        out_dir: Option<PathBuf>,
    },
}

fn passphrase(confirm: bool) -> Result<Zeroizing<String>> {
    if let Ok(p) = std::env::var("SEALFILE_PASSPHRASE") {
        return Ok(Zeroizing::new(p));
    }
    let p = Zeroizing::new(rpassword::prompt_password("Passphrase: ")?);
    if confirm {
        let again = Zeroizing::new(rpassword::prompt_password("Repeat passphrase: ")?);
        if *p != *again {
            bail!("passphrases do not match");
        }
        if p.chars().count() < 12 {
            bail!("use at least 12 characters");
        }
    }
    Ok(p)
}

fn sealed_name(p: &Path) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(".sealed");
    PathBuf::from(s)
}

fn main() -> Result<()> {
    match Cli::parse().cmd {
        Cmd::Seal { files, remove_original } => {
            if files.is_empty() {
                bail!("name the files to seal");
            }
            let pass = passphrase(true)?;
            for f in files {
                let out = sealed_name(&f);
                if out.exists() {
                    bail!("{} already exists", out.display());
                }
                let plain = std::fs::read(&f).with_context(|| f.display().to_string())?;
                let sealed = format::seal(pass.as_bytes(), &plain)?;
                std::fs::write(&out, &sealed)?;
                std::fs::File::open(&out)?.sync_all()?;
                println!("sealed {} -> {}", f.display(), out.display());
                if remove_original {
                    let check = format::open(pass.as_bytes(), &std::fs::read(&out)?)?;
                    if *check != plain {
                        bail!("verification of {} failed; original kept", out.display());
                    }
                    std::fs::remove_file(&f)?;
                    println!("removed {}", f.display());
                }
            }
        }
        Cmd::Open { files, out_dir } => {
            let pass = passphrase(false)?;
            for f in files {
                let name = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.strip_suffix(".sealed"))
                    .context("expected a .sealed file")?
                    .to_owned();
                let out = out_dir.clone().unwrap_or_else(|| f.parent().unwrap_or(Path::new(".")).to_path_buf()).join(name);
                if out.exists() {
                    bail!("{} already exists", out.display());
                }
                let plain = format::open(pass.as_bytes(), &std::fs::read(&f)?)?;
                std::fs::write(&out, &*plain)?;
                println!("opened {} -> {}", f.display(), out.display());
            }
        }
    }
    Ok(())
}
