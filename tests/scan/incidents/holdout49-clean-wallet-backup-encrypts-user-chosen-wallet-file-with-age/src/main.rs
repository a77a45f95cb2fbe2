use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// List wallet files in the default locations (paths only).
    List,
    /// Encrypt one wallet file to an age file.
    Create {
        wallet: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Decrypt a backup.
    Restore {
        backup: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}

const DEFAULT_DIRS: &[(&str, &str)] = &[
    ("Electrum", ".electrum/wallets"),
    ("Sparrow", ".sparrow/wallets"),
    ("Bitcoin Core", ".bitcoin/wallets"),
];

fn list() -> Result<()> {
    let home = dirs::home_dir().context("no home directory")?;
    for (name, rel) in DEFAULT_DIRS {
        let dir = home.join(rel);
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            println!("{name:<13} {}", e.path().display());
        }
    }
    Ok(())
}

fn passphrase(confirm: bool) -> Result<SecretString> {
    let mut p = dialoguer::Password::new().with_prompt("Backup passphrase");
    if confirm {
        p = p.with_confirmation("Repeat passphrase", "passphrases do not match");
    }
    let s = p.interact()?;
    if confirm && s.len() < 12 {
        bail!("use at least 12 characters");
    }
    Ok(SecretString::from(s))
}

fn create_new(path: &Path) -> Result<fs::File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("{} exists or cannot be created", path.display()))
}

fn create(wallet: &Path, out: &Path) -> Result<()> {
    let plain = fs::read(wallet).with_context(|| format!("reading {}", wallet.display()))?;
    let recipient = age::scrypt::Recipient::new(passphrase(true)?);
    let mut file = create_new(out)?;
    let armor = age::armor::ArmoredWriter::wrap_output(&mut file, age::armor::Format::AsciiArmor)?;
    let mut w = age::Encryptor::with_recipients(std::iter::once(&recipient as _))?.wrap_output(armor)?;
    w.write_all(&plain)?;
    w.finish()?.finish()?;
    println!("wrote {} ({} bytes of wallet data)", out.display(), plain.len());
    Ok(())
}

fn restore(backup: &Path, out: &Path) -> Result<()> {
    let file = fs::File::open(backup)?;
    let reader = age::armor::ArmoredReader::new(file);
    let decryptor = age::Decryptor::new(reader)?;
    let identity = age::scrypt::Identity::new(passphrase(false)?);
    let mut r = decryptor.decrypt(std::iter::once(&identity as _))?;
    let mut plain = Vec::new();
    r.read_to_end(&mut plain)?;
    create_new(out)?.write_all(&plain)?;
    println!("restored {}", out.display());
    Ok(())
}

fn main() -> Result<()> {
    match Cli::parse().cmd {
        Cmd::List => list(),
        Cmd::Create { wallet, out } => create(&wallet, &out),
        Cmd::Restore { backup, out } => restore(&backup, &out),
    }
}
