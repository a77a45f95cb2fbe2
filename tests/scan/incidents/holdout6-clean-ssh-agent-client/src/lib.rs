//! SSH agent protocol client.

use std::env;
use std::fs;
use std::io::{self, Read, Write};
use std::path::PathBuf;

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use base64::Engine;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

mod wire;

use wire::{put_string, Reader};

const SSH_AGENT_FAILURE: u8 = 5;
const SSH_AGENT_SUCCESS: u8 = 6;
const SSH_AGENTC_REQUEST_IDENTITIES: u8 = 11;
const SSH_AGENT_IDENTITIES_ANSWER: u8 = 12;
const SSH_AGENTC_SIGN_REQUEST: u8 = 13;
const SSH_AGENT_SIGN_RESPONSE: u8 = 14;
const SSH_AGENTC_ADD_IDENTITY: u8 = 17;
const SSH_AGENTC_REMOVE_IDENTITY: u8 = 18;

pub const SSH_AGENT_RSA_SHA2_256: u32 = 2;
pub const SSH_AGENT_RSA_SHA2_512: u32 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub key_blob: Vec<u8>,
    pub comment: String,
}

impl Identity {
    pub fn fingerprint(&self) -> String {
        format!("SHA256:{}", STANDARD_NO_PAD.encode(Sha256::digest(&self.key_blob)))
    }

    pub fn to_openssh(&self) -> String {
        let alg = Reader::new(&self.key_blob).string().map(|s| String::from_utf8_lossy(s).into_owned()).unwrap_or_default();
        format!("{} {} {}", alg, STANDARD.encode(&self.key_blob), self.comment)
    }
}

trait Stream: Read + Write {}
impl<T: Read + Write> Stream for T {}

pub struct Agent {
    stream: Box<dyn Stream>,
}

impl Agent {
    /// Connects to the agent named by `SSH_AUTH_SOCK` (Unix) or the OpenSSH for Windows pipe.
    pub fn connect_env() -> io::Result<Agent> {
        #[cfg(unix)]
        {
            let path = env::var_os("SSH_AUTH_SOCK").ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "SSH_AUTH_SOCK is not set"))?;
            let s = std::os::unix::net::UnixStream::connect(path)?;
            Ok(Agent { stream: Box::new(s) })
        }
        #[cfg(windows)]
        {
            let pipe = env::var("SSH_AUTH_SOCK").unwrap_or_else(|_| r"\\.\pipe\openssh-ssh-agent".into());
            let f = fs::OpenOptions::new().read(true).write(true).open(pipe)?;
            Ok(Agent { stream: Box::new(f) })
        }
    }

    fn request(&mut self, body: &[u8]) -> io::Result<Vec<u8>> {
        let mut msg = (body.len() as u32).to_be_bytes().to_vec();
        msg.extend_from_slice(body);
        self.stream.write_all(&msg)?;
        let mut len = [0u8; 4];
        self.stream.read_exact(&mut len)?;
        let len = u32::from_be_bytes(len) as usize;
        if len > 256 * 1024 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "agent response too large"));
        }
        let mut resp = vec![0u8; len];
        self.stream.read_exact(&mut resp)?;
        Ok(resp)
    }

    pub fn identities(&mut self) -> io::Result<Vec<Identity>> {
        let resp = self.request(&[SSH_AGENTC_REQUEST_IDENTITIES])?;
        let mut r = Reader::new(&resp);
        if r.byte()? != SSH_AGENT_IDENTITIES_ANSWER {
            return Err(io::Error::new(io::ErrorKind::Other, "agent refused to list identities"));
        }
        let n = r.u32()?;
        let mut out = Vec::with_capacity(n as usize);
        for _ in 0..n {
            let key_blob = r.string()?.to_vec();
            let comment = String::from_utf8_lossy(r.string()?).into_owned();
            out.push(Identity { key_blob, comment });
        }
        Ok(out)
    }

    pub fn sign(&mut self, id: &Identity, data: &[u8], flags: u32) -> io::Result<Vec<u8>> {
        let mut body = vec![SSH_AGENTC_SIGN_REQUEST];
        put_string(&mut body, &id.key_blob);
        put_string(&mut body, data);
        body.extend_from_slice(&flags.to_be_bytes());
        let resp = self.request(&body)?;
        let mut r = Reader::new(&resp);
        match r.byte()? {
            SSH_AGENT_SIGN_RESPONSE => Ok(r.string()?.to_vec()),
            _ => Err(io::Error::new(io::ErrorKind::PermissionDenied, "agent refused to sign")),
        }
    }

    /// Adds an Ed25519 key the caller has loaded. `seed` is the 32-byte private seed.
    pub fn add_ed25519(&mut self, public: &[u8; 32], seed: &[u8; 32], comment: &str) -> io::Result<()> {
        let mut body = Zeroizing::new(vec![SSH_AGENTC_ADD_IDENTITY]);
        put_string(&mut body, b"ssh-ed25519");
        put_string(&mut body, public);
        let mut private = Zeroizing::new(seed.to_vec());
        private.extend_from_slice(public);
        put_string(&mut body, &private);
        put_string(&mut body, comment.as_bytes());
        let resp = self.request(&body)?;
        match resp.first() {
            Some(&SSH_AGENT_SUCCESS) => Ok(()),
            Some(&SSH_AGENT_FAILURE) | _ => Err(io::Error::new(io::ErrorKind::Other, "agent refused the key")),
        }
    }

    pub fn remove(&mut self, id: &Identity) -> io::Result<()> {
        let mut body = vec![SSH_AGENTC_REMOVE_IDENTITY];
        put_string(&mut body, &id.key_blob);
        match self.request(&body)?.first() {
            Some(&SSH_AGENT_SUCCESS) => Ok(()),
            _ => Err(io::Error::new(io::ErrorKind::Other, "agent refused to remove the key")),
        }
    }
}

/// Public keys in `~/.ssh/*.pub` (public halves only), for "not loaded" hints.
pub fn local_public_keys() -> Vec<(PathBuf, Identity)> {
    let dir = match env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")) {
        Some(h) => PathBuf::from(h).join(".ssh"),
        None => return Vec::new(),
    };
    let mut out = Vec::new();
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.extension().map_or(false, |x| x == "pub") {
            if let Ok(text) = fs::read_to_string(&p) {
                let mut parts = text.split_whitespace();
                let _alg = parts.next();
                if let Some(blob) = parts.next().and_then(|b| STANDARD.decode(b).ok()) {
                    let comment = parts.collect::<Vec<_>>().join(" ");
                    out.push((p, Identity { key_blob: blob, comment }));
                }
            }
        }
    }
    out
}
