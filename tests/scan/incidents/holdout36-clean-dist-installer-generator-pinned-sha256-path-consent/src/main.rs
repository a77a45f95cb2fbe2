use clap::Parser;
use sha2::{Digest, Sha256};
use std::path::PathBuf;

#[derive(Parser)]
struct Args {
    /// `installers`
    cmd: String,
    #[arg(long)]
    repo: String,
    #[arg(long)]
    tag: String,
    #[arg(long)]
    bin: String,
    archives: Vec<PathBuf>,
}

const SH: &str = include_str!("../templates/installer.sh");

/// Map an archive name to the `uname -s`-`uname -m` pattern it serves.
fn uname_pattern(archive: &str) -> Option<&'static str> {
    [
        ("x86_64-unknown-linux-musl", "Linux-x86_64"),
        ("aarch64-unknown-linux-musl", "Linux-aarch64"),
        ("x86_64-apple-darwin", "Darwin-x86_64"),
        ("aarch64-apple-darwin", "Darwin-arm64"),
    ]
    .iter()
    .find(|(t, _)| archive.contains(t))
    .map(|(_, u)| *u)
}

fn valid_repo(repo: &str) -> bool {
    let mut parts = repo.split('/');
    matches!((parts.next(), parts.next(), parts.next()), (Some(o), Some(r), None) if !o.is_empty() && !r.is_empty())
        && repo.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    anyhow::ensure!(a.cmd == "installers", "unknown command {}", a.cmd);
    anyhow::ensure!(valid_repo(&a.repo), "--repo must be owner/name");
    anyhow::ensure!(a.tag.chars().all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c)), "invalid tag");

    let mut cases = String::new();
    let mut sums = Vec::new();
    let mut manifest = serde_json::Map::new();
    for path in &a.archives {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let digest = hex::encode(Sha256::digest(std::fs::read(path)?));
        manifest.insert(name.clone(), serde_json::Value::String(digest.clone()));
        sums.push(format!("'{digest} {name}'"));
        if name.ends_with(".tar.xz") {
            if let Some(u) = uname_pattern(&name) {
                cases.push_str(&format!("    {u}) echo \"{name}\" ;;\n"));
            }
        }
    }
    let sh = SH
        .replace("{{REPO}}", &a.repo)
        .replace("{{TAG}}", &a.tag)
        .replace("{{BIN}}", &a.bin)
        .replace("{{TARGET_CASES}}", cases.trim_end())
        .replace("{{CHECKSUM_LINES}}", &sums.join(" "));
    let out = a.archives.first().and_then(|p| p.parent()).map(PathBuf::from).unwrap_or_else(|| ".".into());
    std::fs::write(out.join("installer.sh"), sh)?;
    std::fs::write(out.join("sha256.json"), serde_json::to_string_pretty(&manifest)?)?;
    println!("wrote {}/installer.sh and sha256.json ({} archives)", out.display(), a.archives.len());
    Ok(())
}
