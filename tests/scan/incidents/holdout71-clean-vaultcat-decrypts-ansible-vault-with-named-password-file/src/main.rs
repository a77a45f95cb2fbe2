//! `vaultcat --vault-password-file ~/.vault_pass group_vars/prod/vault.yml`
//! Reads the password file the user names (or ANSIBLE_VAULT_PASSWORD_FILE), derives the keys
//! with PBKDF2-HMAC-SHA256 (10000 rounds), checks the HMAC and prints the AES-256-CTR plaintext.
use aes::cipher::{KeyIvInit, StreamCipher};
use clap::Parser;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

#[derive(Parser)]
struct Args {
    #[arg(long, env = "ANSIBLE_VAULT_PASSWORD_FILE")]
    vault_password_file: std::path::PathBuf,
    file: std::path::PathBuf,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = Args::parse();
    let password = Zeroizing::new(std::fs::read_to_string(&a.vault_password_file)?.trim_end().to_string());
    let text = std::fs::read_to_string(&a.file)?;
    let mut lines = text.lines();
    let header = lines.next().ok_or("empty file")?;
    if !header.starts_with("$ANSIBLE_VAULT;1.") { return Err("not an Ansible Vault file".into()); }
    let outer = hex::decode(lines.collect::<String>())?;
    let inner = String::from_utf8(outer)?;
    let parts: Vec<&str> = inner.split('\n').collect();
    let (salt, mac, ct) = (hex::decode(parts[0])?, hex::decode(parts[1])?, hex::decode(parts[2])?);
    let mut keys = Zeroizing::new([0u8; 80]);
    pbkdf2::pbkdf2_hmac::<Sha256>(password.as_bytes(), &salt, 10_000, keys.as_mut());
    let (k1, k2, iv) = (&keys[..32], &keys[32..64], &keys[64..80]);
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(k2)?;
    m.update(&ct);
    m.verify_slice(&mac).map_err(|_| "HMAC mismatch: wrong vault password?")?;
    let mut buf = Zeroizing::new(ct);
    ctr::Ctr128BE::<aes::Aes256>::new(k1.into(), iv.into()).apply_keystream(&mut buf);
    let pad = *buf.last().unwrap_or(&0) as usize;
    print!("{}", String::from_utf8_lossy(&buf[..buf.len().saturating_sub(pad)]));
    Ok(())
}
