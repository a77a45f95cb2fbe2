//! SSH signatures for git objects via `ssh-keygen -Y`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Debug)]
pub enum Error {
    NoSigningKey,
    Io(std::io::Error),
    Program(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NoSigningKey => f.write_str("user.signingkey is not set"),
            Error::Io(e) => write!(f, "{e}"),
            Error::Program(m) => write!(f, "ssh-keygen: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

fn git_config(dir: &Path, key: &str) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(dir).args(["config", "--get", key]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string()).filter(|s| !s.is_empty())
}

pub struct Signer {
    program: String,
    /// path to a key file, or a temporary file holding a `key::` public key literal
    key: PathBuf,
    _literal: Option<tempfile_lite::TempFile>,
}

mod tempfile_lite {
    use std::path::PathBuf;

    pub struct TempFile(pub PathBuf);

    impl TempFile {
        pub fn with_contents(tag: &str, contents: &str) -> std::io::Result<Self> {
            let p = std::env::temp_dir().join(format!("git-sshsig-{}-{tag}", std::process::id()));
            std::fs::write(&p, contents)?;
            Ok(TempFile(p))
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

fn expand_home(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(p),
    }
}

impl Signer {
    pub fn from_git_config(repo: &Path) -> Result<Self, Error> {
        let program = git_config(repo, "gpg.ssh.program").unwrap_or_else(|| "ssh-keygen".into());
        let key = git_config(repo, "user.signingkey").ok_or(Error::NoSigningKey)?;
        if let Some(literal) = key.strip_prefix("key::").or_else(|| key.starts_with("ssh-").then_some(key.as_str())) {
            let tmp = tempfile_lite::TempFile::with_contents("key.pub", literal)?;
            return Ok(Signer { program, key: tmp.0.clone(), _literal: Some(tmp) });
        }
        Ok(Signer { program, key: expand_home(&key), _literal: None })
    }

    /// `ssh-keygen -Y sign -n git -f KEY`, data on stdin, armored signature on stdout.
    pub fn sign(&self, data: &[u8]) -> Result<String, Error> {
        let mut child = Command::new(&self.program)
            .args(["-Y", "sign", "-n", "git", "-f"])
            .arg(&self.key)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        child.stdin.take().expect("piped").write_all(data)?;
        let out = child.wait_with_output()?;
        if !out.status.success() {
            return Err(Error::Program(String::from_utf8_lossy(&out.stderr).trim().to_string()));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Verifies `signature` over `data` for `principal` against the repository's
    /// `gpg.ssh.allowedSignersFile`.
    pub fn verify(&self, repo: &Path, principal: &str, data: &[u8], signature: &str) -> Result<bool, Error> {
        let allowed = git_config(repo, "gpg.ssh.allowedSignersFile").map(|p| expand_home(&p)).ok_or_else(|| Error::Program("gpg.ssh.allowedSignersFile is not set".into()))?;
        let sig = tempfile_lite::TempFile::with_contents("sig", signature)?;
        let mut child = Command::new(&self.program)
            .args(["-Y", "verify", "-n", "git", "-I", principal, "-f"])
            .arg(&allowed)
            .arg("-s")
            .arg(&sig.0)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        child.stdin.take().expect("piped").write_all(data)?;
        Ok(child.wait()?.success())
    }
}
