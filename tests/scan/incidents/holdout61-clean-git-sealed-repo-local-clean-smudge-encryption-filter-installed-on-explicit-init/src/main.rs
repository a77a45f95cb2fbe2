use aes_gcm_siv::aead::{Aead, KeyInit};
use aes_gcm_siv::{Aes256GcmSiv, Nonce};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;

const MAGIC: &[u8] = b"\0GITSEALED1";

fn git_dir() -> PathBuf {
    let o = Command::new("git").args(["rev-parse", "--git-dir"]).output().expect("not a git repository");
    PathBuf::from(String::from_utf8_lossy(&o.stdout).trim())
}

fn key() -> [u8; 32] {
    let b = std::fs::read(git_dir().join("sealed").join("key")).expect("run `git sealed init` first");
    b.try_into().expect("corrupt key")
}

fn init() {
    let dir = git_dir().join("sealed");
    std::fs::create_dir_all(&dir).unwrap();
    let kp = dir.join("key");
    if !kp.exists() {
        let mut k = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut k);
        std::fs::write(&kp, k).unwrap();
    }
    for (k, v) in [
        ("filter.sealed.clean", "git-sealed clean"),
        ("filter.sealed.smudge", "git-sealed smudge"),
        ("filter.sealed.required", "true"),
        ("diff.sealed.textconv", "git-sealed textconv"),
    ] {
        Command::new("git").args(["config", "--local", k, v]).status().unwrap();
        println!("git config --local {k} '{v}'");
    }
}

fn clean() {
    let mut buf = Vec::new();
    std::io::stdin().read_to_end(&mut buf).unwrap();
    if buf.starts_with(MAGIC) {
        std::io::stdout().write_all(&buf).unwrap();
        return;
    }
    let k = key();
    let nonce_full = Sha256::new().chain_update(k).chain_update(&buf).finalize();
    let nonce = Nonce::from_slice(&nonce_full[..12]);
    let ct = Aes256GcmSiv::new(&k.into()).encrypt(nonce, buf.as_ref()).expect("encrypt");
    let mut out = std::io::stdout().lock();
    out.write_all(MAGIC).unwrap();
    out.write_all(nonce).unwrap();
    out.write_all(&ct).unwrap();
}

fn smudge(input: &[u8]) -> Vec<u8> {
    if !input.starts_with(MAGIC) {
        return input.to_vec();
    }
    let rest = &input[MAGIC.len()..];
    let (nonce, ct) = rest.split_at(12);
    Aes256GcmSiv::new(&key().into()).decrypt(Nonce::from_slice(nonce), ct).expect("wrong key or corrupt file")
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("init") => init(),
        Some("clean") => clean(),
        Some("smudge") => {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b).unwrap();
            std::io::stdout().write_all(&smudge(&b)).unwrap();
        }
        Some("textconv") => {
            let p = std::env::args().nth(2).expect("path");
            std::io::stdout().write_all(&smudge(&std::fs::read(p).unwrap())).unwrap();
        }
        Some("export-key") => std::fs::copy(git_dir().join("sealed/key"), std::env::args().nth(2).expect("dest")).map(|_| ()).unwrap(),
        _ => eprintln!("usage: git sealed init|clean|smudge|textconv <file>|export-key <file>"),
    }
}
