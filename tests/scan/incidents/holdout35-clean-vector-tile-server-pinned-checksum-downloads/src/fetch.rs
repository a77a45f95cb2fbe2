use anyhow::{bail, Context, Result};
use futures_util::StreamExt;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use tokio::io::AsyncWriteExt;

#[derive(Deserialize)]
struct Lock {
    mirrors: Vec<String>,
    file: Vec<Pinned>,
}

#[derive(Deserialize)]
struct Pinned {
    name: String,
    size: u64,
    sha256: String,
}

fn sha256_file(p: &Path) -> Result<String> {
    let mut f = std::fs::File::open(p)?;
    let mut h = Sha256::new();
    std::io::copy(&mut f, &mut h)?;
    Ok(hex::encode(h.finalize()))
}

fn matches(p: &Path, pin: &Pinned) -> bool {
    std::fs::metadata(p).map(|m| m.len() == pin.size).unwrap_or(false) && sha256_file(p).map(|h| h.eq_ignore_ascii_case(&pin.sha256)).unwrap_or(false)
}

async fn download(client: &reqwest::Client, url: &str, part: &Path, pin: &Pinned) -> Result<()> {
    let resp = client.get(url).send().await?.error_for_status()?;
    if let Some(len) = resp.content_length() {
        if len != pin.size {
            bail!("{url}: server says {len} bytes, lock says {}", pin.size);
        }
    }
    let mut out = tokio::fs::File::create(part).await?;
    let mut hasher = Sha256::new();
    let mut n = 0u64;
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        n += chunk.len() as u64;
        if n > pin.size {
            bail!("{url}: more data than pinned");
        }
        hasher.update(&chunk);
        out.write_all(&chunk).await?;
    }
    out.flush().await?;
    let got = hex::encode(hasher.finalize());
    if n != pin.size || !got.eq_ignore_ascii_case(&pin.sha256) {
        bail!("{url}: checksum mismatch (got {got}, {n} bytes)");
    }
    Ok(())
}

pub async fn all(lock: &Path, data: &Path, offline: bool) -> Result<()> {
    let lock: Lock = toml::from_str(&std::fs::read_to_string(lock).context("reading lock file")?)?;
    let client = reqwest::Client::builder().user_agent(concat!("tilepark/", env!("CARGO_PKG_VERSION"))).https_only(true).build()?;
    for pin in &lock.file {
        if pin.name.contains("..") || pin.name.starts_with('/') {
            bail!("unsafe file name in lock: {}", pin.name);
        }
        let dest = data.join(&pin.name);
        if matches(&dest, pin) {
            tracing::info!("{} ok", pin.name);
            continue;
        }
        if offline {
            bail!("{} missing or different from the lock (offline)", pin.name);
        }
        std::fs::create_dir_all(dest.parent().unwrap())?;
        let part = dest.with_extension("part");
        let mut last = None;
        for m in &lock.mirrors {
            let url = format!("{}{}", m, pin.name);
            match download(&client, &url, &part, pin).await {
                Ok(()) => {
                    std::fs::rename(&part, &dest)?;
                    tracing::info!("{} verified from {m}", pin.name);
                    last = None;
                    break;
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&part);
                    tracing::warn!("{e}");
                    last = Some(e);
                }
            }
        }
        if let Some(e) = last {
            return Err(e.context(format!("no mirror delivered {}", pin.name)));
        }
    }
    Ok(())
}
