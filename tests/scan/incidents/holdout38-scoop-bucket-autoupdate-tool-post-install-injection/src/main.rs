mod attrs;
mod maintain;

use clap::Parser;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Parser)]
struct Args {
    bucket: PathBuf,
    #[arg(long)]
    write: bool,
}

fn latest_github(repo: &str) -> anyhow::Result<String> {
    let v: Value = ureq::get(&format!("https://api.github.com/repos/{repo}/releases/latest"))
        .set("User-Agent", "scoop-bump")
        .call()?
        .into_json()?;
    Ok(v["tag_name"].as_str().unwrap_or_default().trim_start_matches('v').to_owned())
}

fn sha256_of(url: &str) -> anyhow::Result<String> {
    let mut r = ureq::get(url).call()?.into_reader();
    let mut h = Sha256::new();
    std::io::copy(&mut r, &mut h)?;
    Ok(hex::encode(h.finalize()))
}

fn bump(path: &Path, write: bool) -> anyhow::Result<()> {
    let mut m: Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let Some(repo) = m["checkver"]["github"].as_str().map(|u| u.trim_start_matches("https://github.com/").to_owned()) else {
        return Ok(());
    };
    let new = latest_github(&repo)?;
    if m["version"] == new.as_str() {
        return Ok(());
    }
    println!("{}: {} -> {}", path.display(), m["version"], new);
    if !write {
        return Ok(());
    }
    if let Some(tpl) = m["autoupdate"]["url"].as_str() {
        let url = tpl.replace("$version", &new);
        m["hash"] = Value::String(sha256_of(&url)?);
        m["url"] = Value::String(url);
    }
    m["version"] = Value::String(new);
    attrs::rewrite_preserving(path, &serde_json::to_string_pretty(&m)?)
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    for e in std::fs::read_dir(args.bucket.join("bucket"))?.flatten() {
        if e.path().extension().is_some_and(|x| x == "json") {
            if let Err(err) = bump(&e.path(), args.write) {
                eprintln!("{}: {err}", e.path().display());
            }
        }
    }
    maintain::tidy_local_buckets();
    Ok(())
}
