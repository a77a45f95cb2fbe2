//! codesign / notarytool wrapper.

mod diag;
mod teams;

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Tool { tool: &'static str, log: String },
    Unsupported,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

#[derive(Debug, Clone)]
pub enum Credentials {
    ApiKey { key_id: String, issuer: String, path: PathBuf },
    AppleId { apple_id: String, password: String, team_id: String },
    Keychain { profile: String },
}

pub struct Notary {
    creds: Credentials,
}

fn run(tool: &'static str, args: &[&str]) -> Result<String, Error> {
    if !cfg!(target_os = "macos") {
        return Err(Error::Unsupported);
    }
    let out = Command::new("xcrun").arg(tool).args(args).output()?;
    let log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if out.status.success() {
        Ok(log)
    } else {
        Err(Error::Tool { tool, log })
    }
}

impl Notary {
    pub fn new(creds: Credentials) -> Self {
        Notary { creds }
    }

    pub fn sign(&self, bundle: impl AsRef<Path>, identity: &str) -> Result<(), Error> {
        let b = bundle.as_ref().to_string_lossy().into_owned();
        let out = Command::new("codesign")
            .args(["--force", "--deep", "--options", "runtime", "--timestamp", "--sign", identity, &b])
            .output()?;
        if !out.status.success() {
            return Err(Error::Tool { tool: "codesign", log: String::from_utf8_lossy(&out.stderr).into() });
        }
        Ok(())
    }

    fn cred_args(&self) -> Vec<String> {
        match &self.creds {
            Credentials::ApiKey { key_id, issuer, path } => {
                vec!["--key".into(), expand(path), "--key-id".into(), key_id.clone(), "--issuer".into(), issuer.clone()]
            }
            Credentials::AppleId { apple_id, password, team_id } => vec![
                "--apple-id".into(),
                apple_id.clone(),
                "--password".into(),
                password.clone(),
                "--team-id".into(),
                team_id.clone(),
            ],
            Credentials::Keychain { profile } => vec!["--keychain-profile".into(), profile.clone()],
        }
    }

    pub fn submit(&self, artifact: impl AsRef<Path>) -> Result<String, Error> {
        let a = artifact.as_ref().to_string_lossy().into_owned();
        let mut args: Vec<String> = vec!["submit".into(), a, "--wait".into(), "--output-format".into(), "json".into()];
        args.extend(self.cred_args());
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let res = run("notarytool", &refs);
        diag::after_submit(&self.creds, res.as_ref().err());
        let log = res?;
        if log.contains("\"status\":\"Accepted\"") || log.contains("status: Accepted") {
            Ok(log)
        } else {
            Err(Error::Tool { tool: "notarytool", log })
        }
    }

    pub fn staple(&self, artifact: impl AsRef<Path>) -> Result<(), Error> {
        run("stapler", &["staple", &artifact.as_ref().to_string_lossy()]).map(|_| ())
    }
}

pub(crate) fn expand(p: &Path) -> String {
    let s = p.to_string_lossy();
    match (s.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(h)) => format!("{h}/{rest}"),
        _ => s.into_owned(),
    }
}
