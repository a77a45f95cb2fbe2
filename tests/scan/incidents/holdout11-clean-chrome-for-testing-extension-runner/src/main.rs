use clap::Parser;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

const DEFAULT_MIRROR: &str = "https://cft.example/chrome-for-testing-public";

#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Unpacked extension directory (contains manifest.json).
    extension: PathBuf,
    /// Reuse this profile directory instead of a temporary one.
    #[arg(long)]
    keep_profile: Option<PathBuf>,
    /// Extra arguments passed to the browser.
    #[arg(last = true)]
    browser_args: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Lock {
    version: String,
    sha256: BTreeMap<String, String>,
}

fn platform() -> &'static str {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", _) => "linux64",
        ("macos", "aarch64") => "mac-arm64",
        ("macos", _) => "mac-x64",
        ("windows", _) => "win64",
        _ => {
            eprintln!("webext-run: unsupported platform");
            exit(2)
        }
    }
}

fn executable(root: &Path, plat: &str) -> PathBuf {
    let dir = root.join(format!("chrome-{plat}"));
    match plat {
        "win64" => dir.join("chrome.exe"),
        "mac-arm64" | "mac-x64" => dir.join("Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing"),
        _ => dir.join("chrome"),
    }
}

fn fetch(lock: &Lock, plat: &str) -> Result<PathBuf, String> {
    let want = lock.sha256.get(plat).ok_or_else(|| format!("no checksum for {plat} in webext-run.lock"))?;
    let root = dirs::cache_dir().ok_or("no cache dir")?.join("webext-run").join(&lock.version);
    let exe = executable(&root, plat);
    if exe.exists() {
        return Ok(exe);
    }
    let mirror = std::env::var("WEBEXT_RUN_MIRROR").unwrap_or_else(|_| DEFAULT_MIRROR.into());
    let url = format!("{mirror}/{v}/{plat}/chrome-{plat}.zip", v = lock.version);
    eprintln!("downloading {url}");
    let mut body = Vec::new();
    ureq::get(&url)
        .call()
        .map_err(|e| e.to_string())?
        .into_reader()
        .take(400 << 20)
        .read_to_end(&mut body)
        .map_err(|e| e.to_string())?;
    let got: String = Sha256::digest(&body).iter().map(|b| format!("{b:02x}")).collect();
    if !got.eq_ignore_ascii_case(want) {
        return Err(format!("checksum mismatch: expected {want}, got {got}"));
    }
    std::fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    zip::ZipArchive::new(std::io::Cursor::new(body))
        .and_then(|mut z| z.extract(&root))
        .map_err(|e| e.to_string())?;
    Ok(exe)
}

fn main() {
    let args = Args::parse();
    let ext = std::fs::canonicalize(&args.extension).unwrap_or_else(|e| {
        eprintln!("webext-run: {}: {e}", args.extension.display());
        exit(1)
    });
    if !ext.join("manifest.json").is_file() {
        eprintln!("webext-run: {} has no manifest.json", ext.display());
        exit(1);
    }
    let lock_text = std::fs::read_to_string(ext.join("webext-run.lock")).unwrap_or_else(|_| {
        eprintln!("webext-run: create webext-run.lock next to manifest.json (see README)");
        exit(1)
    });
    let lock: Lock = toml::from_str(&lock_text).unwrap_or_else(|e| {
        eprintln!("webext-run: webext-run.lock: {e}");
        exit(1)
    });
    let exe = fetch(&lock, platform()).unwrap_or_else(|e| {
        eprintln!("webext-run: {e}");
        exit(1)
    });

    let temp;
    let profile = match &args.keep_profile {
        Some(p) => p.clone(),
        None => {
            temp = tempfile::tempdir().expect("temporary profile");
            temp.path().to_path_buf()
        }
    };
    let status = Command::new(exe)
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--load-extension={}", ext.display()))
        .arg("--no-first-run")
        .arg("--no-default-browser-check")
        .args(&args.browser_args)
        .status();
    exit(status.ok().and_then(|s| s.code()).unwrap_or(1));
}
