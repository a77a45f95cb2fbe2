mod trust;

use clap::{Parser, Subcommand};
use serde::Deserialize;
use ssh_key::{certificate::{Builder, CertType}, Algorithm, LineEnding, PrivateKey, PublicKey};
use std::collections::HashMap;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Init { #[arg(long)] ca: PathBuf },
    Sign {
        pubkey: PathBuf,
        #[arg(long)] principal: Vec<String>,
        #[arg(long, default_value = "8h")] validity: String,
        #[arg(long, default_value = "~/.tinyca/ca")] ca: String,
        #[arg(long, default_value = "~/.tinyca/policy.toml")] policy: String,
    },
    Trust { #[arg(long)] ca: PathBuf, #[arg(long)] yes: bool },
}

#[derive(Deserialize)]
struct Policy {
    allow: HashMap<String, Vec<String>>,
}

fn expand(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join(rest),
        None => PathBuf::from(p),
    }
}

fn parse_validity(v: &str) -> anyhow::Result<u64> {
    let (n, unit) = v.split_at(v.len() - 1);
    let n: u64 = n.parse()?;
    let secs = match unit { "m" => n * 60, "h" => n * 3600, "d" => n * 86400, _ => anyhow::bail!("use m, h or d") };
    anyhow::ensure!(secs <= 7 * 86400, "validity above 7 days is refused");
    Ok(secs)
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Init { ca } => {
            let key = PrivateKey::random(&mut rand_core::OsRng, Algorithm::Ed25519)?;
            let pass = rpassword::prompt_password("CA passphrase: ")?;
            let enc = key.encrypt(&mut rand_core::OsRng, pass)?;
            std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&ca)?
                .write_all(enc.to_openssh(LineEnding::LF)?.as_bytes())?;
            std::fs::write(ca.with_extension("pub"), key.public_key().to_openssh()?)?;
            println!("CA written to {}", ca.display());
        }
        Cmd::Sign { pubkey, principal, validity, ca, policy } => {
            let ca_path = expand(&ca);
            let mode = std::fs::metadata(&ca_path)?.permissions().mode();
            anyhow::ensure!(mode & 0o077 == 0, "{} is readable by others; chmod 600 it", ca_path.display());
            let user = PublicKey::read_openssh_file(&pubkey)?;
            let key_id = user.comment().to_owned();
            let pol: Policy = toml::from_str(&std::fs::read_to_string(expand(&policy))?)?;
            let allowed = pol.allow.get(&key_id).cloned().unwrap_or_default();
            for p in &principal {
                anyhow::ensure!(allowed.contains(p), "{key_id} may not receive principal {p}");
            }
            let pass = rpassword::prompt_password("CA passphrase: ")?;
            let ca_key = PrivateKey::read_openssh_file(&ca_path)?.decrypt(pass)?;
            let now = chrono::Utc::now().timestamp() as u64;
            let serial = now ^ u64::from(std::process::id());
            let mut b = Builder::new_with_random_nonce(&mut rand_core::OsRng, user.key_data().clone(), now - 60, now + parse_validity(&validity)?)?;
            b.serial(serial)?.key_id(&key_id)?.cert_type(CertType::User)?;
            for p in &principal {
                b.valid_principal(p)?;
            }
            b.extension("permit-pty", "")?;
            let cert = b.sign(&ca_key)?;
            let out = pubkey.with_file_name(pubkey.file_stem().unwrap().to_string_lossy().to_string() + "-cert.pub");
            std::fs::write(&out, cert.to_openssh()?)?;
            let log = expand("~/.tinyca/issued.log");
            std::fs::OpenOptions::new().create(true).append(true).open(log)?
                .write_all(format!("{serial}\t{key_id}\t{}\t{validity}\t{}\n", principal.join(","), user.fingerprint(Default::default())).as_bytes())?;
            println!("{}", out.display());
        }
        Cmd::Trust { ca, yes } => trust::install(&ca, yes)?,
    }
    Ok(())
}
