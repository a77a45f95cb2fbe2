use clap::{Parser, Subcommand};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(version, about = "Pinned CMSIS-Packs for probe-rs target generation")]
struct Cli {
    #[arg(long, default_value = "packs.lock")]
    lock: PathBuf,
    #[arg(long)]
    offline: bool,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Fetch,
    Extract {
        #[arg(long)]
        out: PathBuf,
    },
    /// Download a pack and add (or update) its entry with the computed checksum.
    Pin { name: String, url: String },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pack {
    name: String,
    version: String,
    url: String,
    sha256: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Lock {
    #[serde(default)]
    pack: Vec<Pack>,
}

fn cache_dir() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("packpin")
}

fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex::encode(h.finalize()))
}

fn download(url: &str, to: &Path) -> Result<(), String> {
    if !url.starts_with("https://") {
        return Err(format!("refusing non-HTTPS pack URL {url}"));
    }
    let resp = ureq::get(url).call().map_err(|e| e.to_string())?;
    let tmp = to.with_extension("part");
    let mut file = std::fs::File::create(&tmp).map_err(|e| e.to_string())?;
    std::io::copy(&mut resp.into_reader(), &mut file).map_err(|e| e.to_string())?;
    std::fs::rename(tmp, to).map_err(|e| e.to_string())
}

/// Path of the verified pack in the cache; downloads it if missing and always checks the pin.
fn verified(pack: &Pack, offline: bool) -> Result<PathBuf, String> {
    let dir = cache_dir();
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join(format!("{}.{}.pack", pack.name, pack.version));
    if !path.exists() {
        if offline {
            return Err(format!("{} is not cached and --offline is set", pack.name));
        }
        download(&pack.url, &path)?;
    }
    let actual = sha256_file(&path).map_err(|e| e.to_string())?;
    if !actual.eq_ignore_ascii_case(&pack.sha256) {
        let _ = std::fs::remove_file(&path);
        return Err(format!("{}: checksum mismatch (expected {}, got {actual}); the cached file was removed", pack.name, pack.sha256));
    }
    Ok(path)
}

fn extract(pack: &Path, out: &Path) -> Result<usize, String> {
    let file = std::fs::File::open(pack).map_err(|e| e.to_string())?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| e.to_string())?;
    let mut n = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| e.to_string())?;
        let Some(name) = entry.enclosed_name() else { continue };
        let ext = name.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase());
        if !matches!(ext.as_deref(), Some("flm") | Some("pdsc")) {
            continue;
        }
        let target = out.join(name.file_name().unwrap_or_default());
        let mut f = std::fs::File::create(&target).map_err(|e| e.to_string())?;
        std::io::copy(&mut entry, &mut f).map_err(|e| e.to_string())?;
        n += 1;
    }
    Ok(n)
}

fn main() {
    let cli = Cli::parse();
    let mut lock: Lock = std::fs::read_to_string(&cli.lock).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default();
    let result: Result<(), String> = match &cli.cmd {
        Cmd::Fetch => lock.pack.iter().try_for_each(|p| verified(p, cli.offline).map(|path| println!("ok  {} {}", p.name, path.display()))),
        Cmd::Extract { out } => {
            std::fs::create_dir_all(out).map_err(|e| e.to_string()).and_then(|_| {
                lock.pack.iter().try_for_each(|p| {
                    let path = verified(p, cli.offline)?;
                    let n = extract(&path, out)?;
                    println!("{}: {n} files", p.name);
                    Ok(())
                })
            })
        }
        Cmd::Pin { name, url } => {
            let tmp = cache_dir().join("pin.part.pack");
            std::fs::create_dir_all(cache_dir()).map_err(|e| e.to_string()).and_then(|_| download(url, &tmp)).and_then(|_| {
                let sha = sha256_file(&tmp).map_err(|e| e.to_string())?;
                let version = url.trim_end_matches(".pack").rsplit_once(&format!("{name}.")).map(|(_, v)| v.to_string()).unwrap_or_default();
                lock.pack.retain(|p| &p.name != name);
                lock.pack.push(Pack { name: name.clone(), version, url: url.clone(), sha256: sha.clone() });
                std::fs::write(&cli.lock, toml::to_string_pretty(&lock).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
                println!("pinned {name} {sha}");
                Ok(())
            })
        }
    };
    if let Err(e) = result {
        eprintln!("packpin: {e}");
        std::process::exit(1);
    }
}
