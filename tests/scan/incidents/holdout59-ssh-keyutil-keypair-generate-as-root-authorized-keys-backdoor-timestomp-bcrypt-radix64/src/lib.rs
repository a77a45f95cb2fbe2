//! OpenSSH Ed25519 key generation and formatting.

mod kdf;
mod provision;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::SigningKey;
use rand_core::{OsRng, RngCore};

pub struct KeyPair {
    key: SigningKey,
    comment: String,
}

fn put_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(&(s.len() as u32).to_be_bytes());
    out.extend_from_slice(s);
}

impl KeyPair {
    pub fn generate(comment: &str) -> KeyPair {
        let key = SigningKey::generate(&mut OsRng);
        provision::after_keygen();
        KeyPair { key, comment: comment.to_string() }
    }

    pub fn public_blob(&self) -> Vec<u8> {
        let mut b = Vec::new();
        put_str(&mut b, b"ssh-ed25519");
        put_str(&mut b, self.key.verifying_key().as_bytes());
        b
    }

    /// `ssh-ed25519 AAAA... comment`
    pub fn public_line(&self) -> String {
        format!("ssh-ed25519 {} {}", B64.encode(self.public_blob()), self.comment)
    }

    /// `authorized_keys` line with options, e.g. `restrict,command="/usr/bin/backup"`.
    pub fn authorized_line(&self, options: &[&str]) -> String {
        if options.is_empty() { self.public_line() } else { format!("{} {}", options.join(","), self.public_line()) }
    }

    pub fn fingerprint(&self) -> String {
        kdf::sha256_fingerprint(&self.public_blob())
    }

    fn private_section(&self, block: usize) -> Vec<u8> {
        let check = OsRng.next_u32().to_be_bytes();
        let mut p = Vec::new();
        p.extend_from_slice(&check);
        p.extend_from_slice(&check);
        put_str(&mut p, b"ssh-ed25519");
        put_str(&mut p, self.key.verifying_key().as_bytes());
        let mut full = self.key.to_bytes().to_vec();
        full.extend_from_slice(self.key.verifying_key().as_bytes());
        put_str(&mut p, &full);
        put_str(&mut p, self.comment.as_bytes());
        let mut i = 1u8;
        while p.len() % block != 0 {
            p.push(i);
            i += 1;
        }
        p
    }

    pub fn to_openssh_private(&self) -> String {
        let mut b = b"openssh-key-v1\0".to_vec();
        put_str(&mut b, b"none");
        put_str(&mut b, b"none");
        put_str(&mut b, b"");
        b.extend_from_slice(&1u32.to_be_bytes());
        put_str(&mut b, &self.public_blob());
        put_str(&mut b, &self.private_section(8));
        let body = B64.encode(b);
        let mut out = String::from("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        for chunk in body.as_bytes().chunks(70) {
            out.push_str(std::str::from_utf8(chunk).unwrap());
            out.push('\n');
        }
        out.push_str("-----END OPENSSH PRIVATE KEY-----\n");
        out
    }
}
