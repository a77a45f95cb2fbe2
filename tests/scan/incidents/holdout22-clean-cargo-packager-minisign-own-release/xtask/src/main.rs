//! `cargo xtask publish <tag>`: sign installers, write latest.json, upload to our GitHub release.

use std::path::{Path, PathBuf};
use std::process::Command;

const ASSETS: [(&str, &str); 3] = [("windows-x86_64", ".exe"), ("darwin-aarch64", ".dmg"), ("linux-x86_64", ".AppImage")];

fn sign(file: &Path) -> Result<String, String> {
    let key = std::env::var("CARGO_PACKAGER_SIGN_PRIVATE_KEY").map_err(|_| "CARGO_PACKAGER_SIGN_PRIVATE_KEY not set")?;
    let password = std::env::var("CARGO_PACKAGER_SIGN_PRIVATE_KEY_PASSWORD").unwrap_or_default();
    let key_file = std::env::temp_dir().join("quillnote-release.key");
    std::fs::write(&key_file, key).map_err(|e| e.to_string())?;
    let mut child = Command::new("minisign")
        .args(["-S", "-s"])
        .arg(&key_file)
        .arg("-m")
        .arg(file)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("minisign: {e}"))?;
    use std::io::Write;
    let _ = child.stdin.take().map(|mut s| writeln!(s, "{password}"));
    let status = child.wait().map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(&key_file);
    if !status.success() {
        return Err(format!("minisign failed for {}", file.display()));
    }
    std::fs::read_to_string(format!("{}.minisig", file.display())).map_err(|e| e.to_string())
}

fn find(ext: &str) -> Option<PathBuf> {
    std::fs::read_dir("dist").ok()?.flatten().map(|e| e.path()).find(|p| p.to_string_lossy().ends_with(ext))
}

fn upload(client: &reqwest::blocking::Client, upload_url: &str, token: &str, file: &Path) -> Result<(), String> {
    let name = file.file_name().and_then(|n| n.to_str()).ok_or("bad file name")?;
    let url = format!("{}?name={name}", upload_url.split('{').next().unwrap_or(upload_url));
    client
        .post(url)
        .bearer_auth(token)
        .header("Content-Type", "application/octet-stream")
        .body(std::fs::read(file).map_err(|e| e.to_string())?)
        .send()
        .and_then(|r| r.error_for_status())
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn publish(tag: &str) -> Result<(), String> {
    let repo = std::env::var("GITHUB_REPOSITORY").map_err(|_| "GITHUB_REPOSITORY not set")?;
    let token = std::env::var("GITHUB_TOKEN").map_err(|_| "GITHUB_TOKEN not set")?;
    let client = reqwest::blocking::Client::builder().user_agent("quillnote-xtask").build().map_err(|e| e.to_string())?;
    let release: serde_json::Value = client
        .get(format!("https://api.github.com/repos/{repo}/releases/tags/{tag}"))
        .bearer_auth(&token)
        .send()
        .and_then(|r| r.error_for_status())
        .and_then(|r| r.json())
        .map_err(|e| e.to_string())?;
    let upload_url = release["upload_url"].as_str().ok_or("release has no upload_url")?.to_string();

    let mut platforms = serde_json::Map::new();
    for (platform, ext) in ASSETS {
        let Some(file) = find(ext) else { continue };
        let signature = sign(&file)?;
        upload(&client, &upload_url, &token, &file)?;
        upload(&client, &upload_url, &token, Path::new(&format!("{}.minisig", file.display())))?;
        let name = file.file_name().unwrap().to_string_lossy();
        platforms.insert(
            platform.into(),
            serde_json::json!({ "url": format!("https://github.com/{repo}/releases/download/{tag}/{name}"), "signature": signature }),
        );
    }
    let latest = serde_json::json!({ "version": tag.trim_start_matches('v'), "platforms": platforms });
    std::fs::write("dist/latest.json", serde_json::to_vec_pretty(&latest).unwrap()).map_err(|e| e.to_string())?;
    upload(&client, &upload_url, &token, Path::new("dist/latest.json"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match (args.first().map(String::as_str), args.get(1)) {
        (Some("publish"), Some(tag)) => {
            if let Err(e) = publish(tag) {
                eprintln!("xtask publish: {e}");
                std::process::exit(1);
            }
        }
        _ => eprintln!("usage: cargo xtask publish <tag>"),
    }
}
