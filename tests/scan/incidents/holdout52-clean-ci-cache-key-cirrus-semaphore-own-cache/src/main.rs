use std::env;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use sha2::{Digest, Sha256};

enum Backend {
    Cirrus(String),
    Semaphore,
    Dir(PathBuf),
}

fn backend() -> Backend {
    if env::var_os("CIRRUS_CI").is_some() {
        if let Ok(host) = env::var("CIRRUS_HTTP_CACHE_HOST") {
            return Backend::Cirrus(host);
        }
    }
    if env::var_os("SEMAPHORE").is_some() {
        return Backend::Semaphore;
    }
    Backend::Dir(env::var_os("CI_CACHE_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(".ci-cache")))
}

fn key(prefix: &str, files: &[String]) -> io::Result<String> {
    let mut h = Sha256::new();
    for f in files {
        h.update(f.as_bytes());
        h.update(fs::read(f)?);
    }
    let digest: String = h.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
    Ok(format!("{prefix}-{}-{}-{digest}", env::consts::OS, env::consts::ARCH))
}

fn pack(paths: &[String]) -> io::Result<Vec<u8>> {
    let mut ar = tar::Builder::new(GzEncoder::new(Vec::new(), Compression::fast()));
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            ar.append_dir_all(p, path)?;
        } else if path.is_file() {
            ar.append_path(path)?;
        }
    }
    ar.into_inner()?.finish()
}

fn unpack(data: &[u8]) -> io::Result<()> {
    tar::Archive::new(GzDecoder::new(data)).unpack(".")
}

fn save(k: &str, paths: &[String]) -> io::Result<()> {
    match backend() {
        Backend::Cirrus(host) => {
            let body = pack(paths)?;
            ureq::put(&format!("http://{host}/{k}")).timeout(Duration::from_secs(600)).send_bytes(&body).map_err(io::Error::other)?;
        }
        Backend::Semaphore => {
            let status = Command::new("cache").arg("store").arg(k).args(paths).status()?;
            if !status.success() {
                return Err(io::Error::other("cache store failed"));
            }
        }
        Backend::Dir(dir) => {
            fs::create_dir_all(&dir)?;
            fs::write(dir.join(format!("{k}.tar.gz")), pack(paths)?)?;
        }
    }
    Ok(())
}

fn restore(k: &str, paths: &[String]) -> io::Result<bool> {
    match backend() {
        Backend::Cirrus(host) => match ureq::get(&format!("http://{host}/{k}")).timeout(Duration::from_secs(600)).call() {
            Ok(resp) => {
                let mut body = Vec::new();
                resp.into_reader().read_to_end(&mut body)?;
                unpack(&body)?;
                Ok(true)
            }
            Err(ureq::Error::Status(404, _)) => Ok(false),
            Err(e) => Err(io::Error::other(e)),
        },
        Backend::Semaphore => Ok(Command::new("cache").arg("restore").arg(k).status()?.success() && !paths.is_empty()),
        Backend::Dir(dir) => match File::open(dir.join(format!("{k}.tar.gz"))) {
            Ok(mut f) => {
                let mut body = Vec::new();
                f.read_to_end(&mut body)?;
                unpack(&body)?;
                Ok(true)
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        },
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.split_first() {
        Some((cmd, rest)) if cmd == "key" && !rest.is_empty() => key(&rest[0], &rest[1..]).map(|k| println!("{k}")),
        Some((cmd, rest)) if cmd == "save" && rest.len() >= 2 => save(&rest[0], &rest[1..]),
        Some((cmd, rest)) if cmd == "restore" && rest.len() >= 2 => restore(&rest[0], &rest[1..]).map(|hit| {
            println!("{}", if hit { "cache hit" } else { "cache miss" });
        }),
        _ => {
            eprintln!("usage: ci-cache-key key <prefix> <files...> | save <key> <paths...> | restore <key> <paths...>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ci-cache-key: {e}");
            ExitCode::FAILURE
        }
    }
}
