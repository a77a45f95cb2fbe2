//! Ed25519 signatures in a WebAssembly custom section.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha512};
use std::path::{Path, PathBuf};

pub const SECTION: &str = "wasmsig";
const MAGIC: &[u8] = b"\0asm\x01\0\0\0";

#[derive(Debug)]
pub enum Error {
    NotWasm,
    Unsigned,
    BadSignature,
    WrongKey(String),
    Key(String),
    Io(std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NotWasm => f.write_str("not a WebAssembly module"),
            Error::Unsigned => f.write_str("module has no wasmsig section"),
            Error::BadSignature => f.write_str("signature does not verify"),
            Error::WrongKey(id) => write!(f, "signed by another key ({id})"),
            Error::Key(m) => write!(f, "key: {m}"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

fn leb(mut v: usize, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            break;
        }
        out.push(b | 0x80);
    }
}

fn read_leb(b: &[u8], pos: &mut usize) -> Option<usize> {
    let (mut v, mut shift) = (0usize, 0);
    loop {
        let byte = *b.get(*pos)?;
        *pos += 1;
        v |= ((byte & 0x7f) as usize) << shift;
        if byte & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
    }
}

/// Offset of a trailing `wasmsig` section, if the module ends with one.
fn signature_section(module: &[u8]) -> Result<Option<(usize, Vec<u8>)>, Error> {
    if !module.starts_with(MAGIC) {
        return Err(Error::NotWasm);
    }
    let mut pos = MAGIC.len();
    let mut last = None;
    while pos < module.len() {
        let start = pos;
        let id = module[pos];
        pos += 1;
        let size = read_leb(module, &mut pos).ok_or(Error::NotWasm)?;
        let body = module.get(pos..pos + size).ok_or(Error::NotWasm)?;
        pos += size;
        if id == 0 {
            let mut p = 0;
            let n = read_leb(body, &mut p).ok_or(Error::NotWasm)?;
            if body.get(p..p + n) == Some(SECTION.as_bytes()) {
                last = Some((start, body[p + n..].to_vec()));
                continue;
            }
        }
        last = None;
    }
    Ok(last)
}

pub fn key_id(vk: &VerifyingKey) -> String {
    vk.as_bytes()[..8].iter().map(|b| format!("{b:02x}")).collect()
}

fn digest(unsigned: &[u8]) -> Vec<u8> {
    Sha512::digest(unsigned).to_vec()
}

/// Returns the module with a fresh signature section (an existing one is replaced).
pub fn sign(module: &[u8], key: &SigningKey) -> Result<Vec<u8>, Error> {
    let body_end = signature_section(module)?.map(|(at, _)| at).unwrap_or(module.len());
    let mut out = module[..body_end].to_vec();
    let sig = key.sign(&digest(&out));
    let mut payload = Vec::new();
    leb(SECTION.len(), &mut payload);
    payload.extend_from_slice(SECTION.as_bytes());
    payload.extend_from_slice(key.verifying_key().as_bytes());
    payload.extend_from_slice(&sig.to_bytes());
    out.push(0);
    leb(payload.len(), &mut out);
    out.extend(payload);
    Ok(out)
}

pub fn verify(module: &[u8], expected: &VerifyingKey) -> Result<String, Error> {
    let (at, payload) = signature_section(module)?.ok_or(Error::Unsigned)?;
    if payload.len() != 96 {
        return Err(Error::BadSignature);
    }
    let vk = VerifyingKey::from_bytes(payload[..32].try_into().unwrap()).map_err(|_| Error::BadSignature)?;
    if vk != *expected {
        return Err(Error::WrongKey(key_id(&vk)));
    }
    let sig = Signature::from_bytes(payload[32..].try_into().unwrap());
    vk.verify(&digest(&module[..at]), &sig).map_err(|_| Error::BadSignature)?;
    Ok(key_id(&vk))
}

pub fn default_key_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))?;
    Some(base.join("wasmsig").join("key"))
}

fn hex_decode(s: &str) -> Result<Vec<u8>, Error> {
    let s = s.trim();
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2).unwrap_or("zz"), 16).map_err(|_| Error::Key("not hex".into()))).collect()
}

pub fn load_signing_key(path: &Path) -> Result<SigningKey, Error> {
    let bytes = hex_decode(&std::fs::read_to_string(path)?)?;
    Ok(SigningKey::from_bytes(bytes.as_slice().try_into().map_err(|_| Error::Key("expected 32 bytes".into()))?))
}

pub fn load_public_key(path: &Path) -> Result<VerifyingKey, Error> {
    let bytes = hex_decode(&std::fs::read_to_string(path)?)?;
    VerifyingKey::from_bytes(bytes.as_slice().try_into().map_err(|_| Error::Key("expected 32 bytes".into()))?).map_err(|e| Error::Key(e.to_string()))
}

pub fn keygen(path: &Path) -> Result<VerifyingKey, Error> {
    let key = SigningKey::generate(&mut rand_core::OsRng);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
        writeln!(f, "{}", hex(&key.to_bytes()))?;
    }
    #[cfg(not(unix))]
    std::fs::write(path, format!("{}\n", hex(&key.to_bytes())))?;
    std::fs::write(path.with_extension("pub"), format!("{}\n", hex(key.verifying_key().as_bytes())))?;
    Ok(key.verifying_key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_resign() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let module = [MAGIC, &[1, 4, 1, 0x60, 0, 0][..]].concat();
        let signed = sign(&module, &key).unwrap();
        assert_eq!(verify(&signed, &key.verifying_key()).unwrap(), key_id(&key.verifying_key()));
        let resigned = sign(&signed, &key).unwrap();
        assert_eq!(resigned, signed);
        let mut tampered = signed.clone();
        tampered[9] ^= 1;
        assert!(verify(&tampered, &key.verifying_key()).is_err());
    }
}
