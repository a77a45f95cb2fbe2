//! Download, verify and unpack protoc releases.

pub mod minisign;

use std::env;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

/// The project's minisign release key (also in SECURITY.md).
pub const RELEASE_KEY: &str = "RWRNOm8QssfpFV44DDvhelkQiKK7N1jDrE+VqcgbGeCDM4L+lL7l/EDJ";
pub const DEFAULT_MIRROR: &str = "https://downloads.example.org/protoc";

#[derive(Debug)]
pub enum Error {
    Http(String),
    Io(io::Error),
    Signature(String),
    Checksum { expected: String, actual: String },
    UnsupportedTarget(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Http(e) => write!(f, "download failed: {}", e),
            Error::Io(e) => write!(f, "{}", e),
            Error::Signature(e) => write!(f, "signature verification failed: {}", e),
            Error::Checksum { expected, actual } => write!(f, "checksum mismatch: expected {}, got {}", expected, actual),
            Error::UnsupportedTarget(t) => write!(f, "no protoc build for {}", t),
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

pub fn target_triple() -> Result<&'static str, Error> {
    Ok(match (env::consts::OS, env::consts::ARCH) {
        ("linux", "x86_64") => "linux-x86_64",
        ("linux", "aarch64") => "linux-aarch_64",
        ("macos", "x86_64") => "osx-x86_64",
        ("macos", "aarch64") => "osx-aarch_64",
        ("windows", "x86_64") => "win64",
        (os, arch) => return Err(Error::UnsupportedTarget(format!("{}-{}", os, arch))),
    })
}

pub fn install_root() -> PathBuf {
    env::var_os("PROTOC_FETCH_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("XDG_DATA_HOME").map(|d| PathBuf::from(d).join("protoc-fetch")))
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/protoc-fetch")))
        .or_else(|| env::var_os("LOCALAPPDATA").map(|d| PathBuf::from(d).join("protoc-fetch")))
        .unwrap_or_else(|| PathBuf::from(".protoc-fetch"))
}

fn get(url: &str, limit: u64) -> Result<Vec<u8>, Error> {
    let resp = ureq::get(url).call().map_err(|e| Error::Http(e.to_string()))?;
    let mut buf = Vec::new();
    resp.into_reader().take(limit).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Looks up `name` in a signed `SHA256SUMS` manifest.
fn manifest_sha256(manifest: &str, name: &str) -> Option<String> {
    manifest.lines().find_map(|l| {
        let (sum, file) = l.split_once("  ")?;
        (file.trim() == name).then(|| sum.trim().to_lowercase())
    })
}

pub fn protoc_path(version: &str) -> PathBuf {
    let exe = if cfg!(windows) { "protoc.exe" } else { "protoc" };
    install_root().join(version).join("bin").join(exe)
}

pub fn install(version: &str, mirror: &str) -> Result<PathBuf, Error> {
    let target = target_triple()?;
    let name = format!("protoc-{}-{}.tar.gz", version, target);
    let base = format!("{}/{}", mirror.trim_end_matches('/'), version);

    let key = minisign::PublicKey::decode(RELEASE_KEY).map_err(Error::Signature)?;
    let manifest = get(&format!("{}/SHA256SUMS", base), 1 << 20)?;
    let manifest_sig = String::from_utf8_lossy(&get(&format!("{}/SHA256SUMS.minisig", base), 4096)?).into_owned();
    key.verify(&manifest, &manifest_sig).map_err(Error::Signature)?;
    let manifest = String::from_utf8_lossy(&manifest).into_owned();
    let expected = manifest_sha256(&manifest, &name).ok_or_else(|| Error::Signature(format!("{} not in signed manifest", name)))?;

    let archive = get(&format!("{}/{}", base, name), 256 << 20)?;
    let archive_sig = String::from_utf8_lossy(&get(&format!("{}/{}.minisig", base, name), 4096)?).into_owned();
    key.verify(&archive, &archive_sig).map_err(Error::Signature)?;
    let actual = hex::encode(Sha256::digest(&archive));
    if actual != expected {
        return Err(Error::Checksum { expected, actual });
    }

    let dest = install_root().join(version);
    let staging = install_root().join(format!(".{}.partial", version));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging)?;
    tar::Archive::new(flate2::read::GzDecoder::new(&archive[..])).unpack(&staging)?;
    let _ = fs::remove_dir_all(&dest);
    fs::rename(&staging, &dest)?;

    let protoc = protoc_path(version);
    let out = Command::new(&protoc).arg("--version").output()?;
    let reported = String::from_utf8_lossy(&out.stdout);
    if !reported.contains(version) {
        return Err(Error::Io(io::Error::new(io::ErrorKind::Other, format!("unexpected version: {}", reported.trim()))));
    }
    Ok(protoc)
}

/// Symlinks `~/.local/bin/protoc` to an installed version (only with `--link`).
#[cfg(unix)]
pub fn link(version: &str) -> Result<PathBuf, Error> {
    let bin = env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/bin")).ok_or_else(|| Error::Io(io::ErrorKind::NotFound.into()))?;
    fs::create_dir_all(&bin)?;
    let link = bin.join("protoc");
    if link.symlink_metadata().is_ok() {
        fs::remove_file(&link)?;
    }
    std::os::unix::fs::symlink(protoc_path(version), &link)?;
    Ok(link)
}

pub fn installed(version: &str) -> bool {
    Path::new(&protoc_path(version)).exists()
}
