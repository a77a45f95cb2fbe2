//! Installs schemalint on a GitHub Actions runner.
//!
//! 1. Looks the version and runner platform up in the pinned checksum table.
//! 2. Downloads the release archive from GitHub Releases and checks its SHA-256.
//! 3. Unpacks it into `$RUNNER_TOOL_CACHE/schemalint/<version>/<arch>`.
//! 4. Appends that directory to `$GITHUB_PATH` and writes `version` / `path` to
//!    `$GITHUB_OUTPUT`, so later steps of the job can run `schemalint`.

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};
use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// (version, target, sha256 of the release archive), from the release's SHA256SUMS.
const CHECKSUMS: &[(&str, &str, &str)] = &[
    ("1.4.0", "x86_64-unknown-linux-musl", "fefe2ff3bae115c03080aee642cdd4e367646a8cd7fff1348952d1a5855466b0"),
    ("1.4.1", "x86_64-unknown-linux-musl", "49cfd5196d9c9bb16b700eb98e94506e93a2c12e49e02f8f454a839ced48e3a7"),
    ("1.4.0", "aarch64-unknown-linux-musl", "ce5dd56d5894253a28bffe31c0c4152979d9a3928a4da29508ee77487c1fbb6e"),
    ("1.4.1", "aarch64-unknown-linux-musl", "675cf1ad8e5dd6df5cd57f9b95d9325b3a2dc5c7d5a92d3b9a801bce4695cb76"),
    ("1.4.0", "x86_64-apple-darwin", "373c57e48cc2c119aa4d2a31c3e866ce7c33a2ef5fc4f337ed6cbea58814e2fa"),
    ("1.4.1", "x86_64-apple-darwin", "3b75635fe28f38d6e467c7e79d36eb89d0fc65c03614a2c91f9ff5cd943dbeac"),
    ("1.4.0", "aarch64-apple-darwin", "90793aab6d5b871ce68fed7141d0fb7d7c9bd92b828c7b6d753ccb562e323ebd"),
    ("1.4.1", "aarch64-apple-darwin", "2b3d254b32b992e7348507145961279aaae17ab70d5baf1c1d7a7a97388962e0"),
    ("1.4.0", "x86_64-pc-windows-msvc", "f512f3193fa47868d0f3a1d92bd28a137e8b1c7dad99aa8e23875c325f6d5204"),
    ("1.4.1", "x86_64-pc-windows-msvc", "67b3a233acbefe620b4b043e76761a4be93761c6ccec904c8effe4ef256d4b44"),
];

fn target() -> Result<&'static str> {
    Ok(match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "x86_64-unknown-linux-musl",
        ("linux", "aarch64") => "aarch64-unknown-linux-musl",
        ("macos", "x86_64") => "x86_64-apple-darwin",
        ("macos", "aarch64") => "aarch64-apple-darwin",
        ("windows", "x86_64") => "x86_64-pc-windows-msvc",
        (os, arch) => bail!("no schemalint build for {os}/{arch}"),
    })
}

fn append(var: &str, line: &str) -> Result<()> {
    let path = std::env::var_os(var).with_context(|| format!("{var} is not set; run inside GitHub Actions"))?;
    let mut f = OpenOptions::new().append(true).open(path)?;
    writeln!(f, "{line}")?;
    Ok(())
}

fn unpack(bytes: &[u8], target: &str, dest: &Path) -> Result<()> {
    std::fs::create_dir_all(dest)?;
    if target.contains("windows") {
        zip::ZipArchive::new(std::io::Cursor::new(bytes))?.extract(dest)?;
    } else {
        tar::Archive::new(flate2::read::GzDecoder::new(bytes)).unpack(dest)?;
    }
    Ok(())
}

fn main() -> Result<()> {
    let version = std::env::args().nth(1).unwrap_or_else(|| "1.4.1".into());
    let version = version.trim_start_matches('v');
    let target = target()?;
    let expected = CHECKSUMS
        .iter()
        .find(|(v, t, _)| *v == version && *t == target)
        .map(|(_, _, h)| *h)
        .with_context(|| format!("schemalint {version} for {target} is not in the pinned checksum table"))?;

    let ext = if target.contains("windows") { "zip" } else { "tar.gz" };
    let url = format!("https://github.com/schemalint/schemalint/releases/download/v{version}/schemalint-{target}.{ext}");
    println!("downloading {url}");
    let mut bytes = Vec::new();
    ureq::get(&url).call()?.into_reader().take(64 << 20).read_to_end(&mut bytes)?;
    let actual = hex::encode(Sha256::digest(&bytes));
    if actual != expected {
        bail!("checksum mismatch for {url}: expected {expected}, got {actual}");
    }

    let cache = std::env::var_os("RUNNER_TOOL_CACHE").map(PathBuf::from).context("RUNNER_TOOL_CACHE is not set")?;
    let dest = cache.join("schemalint").join(version).join(std::env::consts::ARCH);
    unpack(&bytes, target, &dest)?;

    append("GITHUB_PATH", &dest.display().to_string())?;
    append("GITHUB_OUTPUT", &format!("version={version}"))?;
    append("GITHUB_OUTPUT", &format!("path={}", dest.display()))?;
    println!("schemalint {version} installed to {}", dest.display());
    Ok(())
}
