use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes128Gcm, Nonce};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use clap::{Parser, Subcommand};
use rand::RngCore;
use std::io::Write;
use std::path::PathBuf;
use std::process::{exit, Command};
use zeroize::Zeroize;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Environment-specific credentials (config/credentials/<env>.yml.enc).
    #[arg(long, short, global = true)]
    environment: Option<String>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Show,
    Edit,
}

fn paths(env: Option<&str>) -> (PathBuf, PathBuf) {
    match env {
        Some(e) => (
            PathBuf::from(format!("config/credentials/{e}.yml.enc")),
            PathBuf::from(format!("config/credentials/{e}.key")),
        ),
        None => (PathBuf::from("config/credentials.yml.enc"), PathBuf::from("config/master.key")),
    }
}

fn key(key_path: &PathBuf) -> Aes128Gcm {
    let hex_key = std::env::var("RAILS_MASTER_KEY")
        .or_else(|_| std::fs::read_to_string(key_path))
        .unwrap_or_else(|_| {
            eprintln!("railscred: set RAILS_MASTER_KEY or create {}", key_path.display());
            exit(1)
        });
    let mut raw = hex::decode(hex_key.trim()).unwrap_or_else(|_| {
        eprintln!("railscred: the master key is not hex");
        exit(1)
    });
    if raw.len() != 16 {
        eprintln!("railscred: the master key must be 32 hex digits (AES-128)");
        exit(1);
    }
    let cipher = Aes128Gcm::new_from_slice(&raw).expect("16-byte key");
    raw.zeroize();
    cipher
}

/// Ruby `Marshal.dump(string)` for UTF-8 strings: `04 08 "I" '"' len bytes 06 ":" 06 "E" "T"`.
fn marshal_len(n: usize, out: &mut Vec<u8>) {
    match n {
        0 => out.push(0),
        1..=122 => out.push((n + 5) as u8),
        123..=0xff => out.extend_from_slice(&[1, n as u8]),
        0x100..=0xffff => {
            out.push(2);
            out.extend_from_slice(&(n as u16).to_le_bytes());
        }
        _ => {
            out.push(3);
            out.extend_from_slice(&(n as u32).to_le_bytes()[..3]);
        }
    }
}

fn marshal(s: &str) -> Vec<u8> {
    let mut out = vec![4, 8, b'I', b'"'];
    marshal_len(s.len(), &mut out);
    out.extend_from_slice(s.as_bytes());
    out.extend_from_slice(&[6, b':', 6, b'E', b'T']);
    out
}

fn unmarshal(b: &[u8]) -> Option<String> {
    if b.len() < 5 || b[..4] != [4, 8, b'I', b'"'] {
        return String::from_utf8(b.to_vec()).ok();
    }
    let (len, start) = match b[4] {
        0 => (0usize, 5),
        n @ 6..=127 => ((n - 5) as usize, 5),
        1 => (*b.get(5)? as usize, 6),
        2 => (u16::from_le_bytes([*b.get(5)?, *b.get(6)?]) as usize, 7),
        3 => (u32::from_le_bytes([*b.get(5)?, *b.get(6)?, *b.get(7)?, 0]) as usize, 8),
        _ => return None,
    };
    String::from_utf8(b.get(start..start + len)?.to_vec()).ok()
}

fn decrypt(cipher: &Aes128Gcm, file: &str) -> String {
    let parts: Vec<&str> = file.trim().split("--").collect();
    if parts.len() != 3 {
        eprintln!("railscred: not an encrypted credentials file");
        exit(1);
    }
    let dec = |s: &str| STANDARD.decode(s).unwrap_or_else(|_| {
        eprintln!("railscred: corrupt credentials file");
        exit(1)
    });
    let (mut data, iv, tag) = (dec(parts[0]), dec(parts[1]), dec(parts[2]));
    data.extend_from_slice(&tag);
    let plain = cipher
        .decrypt(Nonce::from_slice(&iv), Payload { msg: &data, aad: b"" })
        .unwrap_or_else(|_| {
            eprintln!("railscred: wrong key or tampered file");
            exit(1)
        });
    unmarshal(&plain).unwrap_or_else(|| {
        eprintln!("railscred: unexpected payload");
        exit(1)
    })
}

fn encrypt(cipher: &Aes128Gcm, text: &str) -> String {
    let mut iv = [0u8; 12];
    rand::thread_rng().fill_bytes(&mut iv);
    let mut sealed = cipher
        .encrypt(Nonce::from_slice(&iv), Payload { msg: &marshal(text), aad: b"" })
        .expect("encryption");
    let tag = sealed.split_off(sealed.len() - 16);
    format!("{}--{}--{}", STANDARD.encode(&sealed), STANDARD.encode(iv), STANDARD.encode(tag))
}

fn main() {
    let cli = Cli::parse();
    let (enc_path, key_path) = paths(cli.environment.as_deref());
    let cipher = key(&key_path);
    let file = std::fs::read_to_string(&enc_path).unwrap_or_else(|e| {
        eprintln!("railscred: {}: {e}", enc_path.display());
        exit(1)
    });
    let mut plain = decrypt(&cipher, &file);
    match cli.cmd {
        Cmd::Show => print!("{plain}"),
        Cmd::Edit => {
            let dir = tempfile::Builder::new().prefix("railscred").tempdir().expect("temp dir");
            let tmp = dir.path().join("credentials.yml");
            {
                let mut f = std::fs::File::create(&tmp).expect("temp file");
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let _ = std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700));
                    let _ = f.set_permissions(std::fs::Permissions::from_mode(0o600));
                }
                f.write_all(plain.as_bytes()).expect("write temp file");
            }
            let editor = std::env::var("EDITOR").unwrap_or_else(|_| "vi".into());
            let ok = Command::new(&editor).arg(&tmp).status().map(|s| s.success()).unwrap_or(false);
            let mut edited = std::fs::read_to_string(&tmp).unwrap_or_default();
            let len = std::fs::metadata(&tmp).map(|m| m.len() as usize).unwrap_or(0);
            let _ = std::fs::write(&tmp, vec![0u8; len]);
            if !ok {
                eprintln!("railscred: {editor} failed; credentials unchanged");
            } else if edited == plain {
                println!("no changes");
            } else {
                std::fs::write(&enc_path, encrypt(&cipher, &edited)).expect("write credentials");
                println!("saved {}", enc_path.display());
            }
            edited.zeroize();
        }
    }
    plain.zeroize();
}
