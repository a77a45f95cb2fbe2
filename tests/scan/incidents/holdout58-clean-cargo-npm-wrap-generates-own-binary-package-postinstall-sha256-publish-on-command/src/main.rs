//! `cargo npm-wrap`: npm wrapper packages for Rust CLIs released on GitHub.

mod template;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

struct Crate {
    name: String,
    npm_name: String,
    version: String,
    description: String,
    repository: String,
    bin: String,
    target_dir: PathBuf,
}

fn metadata() -> Result<Crate, String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .output()
        .map_err(|e| e.to_string())?;
    let m: Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let pkg = m["packages"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["manifest_path"].as_str().is_some_and(|mp| Path::new(mp).parent() == Some(cwd.as_path()))).or_else(|| p.first()))
        .ok_or("no package in the current directory")?;
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let repository = s(&pkg["repository"]).trim_end_matches(".git").trim_end_matches('/').to_string();
    if !repository.starts_with("https://github.com/") {
        return Err(format!("`repository` must be a https://github.com/ URL, found {repository:?}"));
    }
    let bin = pkg["targets"].as_array().and_then(|t| t.iter().find(|t| t["kind"][0] == "bin")).map(|t| s(&t["name"])).ok_or("the package has no binary target")?;
    let name = s(&pkg["name"]);
    let npm_name = pkg["metadata"]["npm-wrap"]["name"].as_str().map(str::to_owned).unwrap_or_else(|| name.clone());
    Ok(Crate { npm_name, version: s(&pkg["version"]), description: s(&pkg["description"]), repository, bin, target_dir: PathBuf::from(s(&m["target_directory"])), name })
}

fn sha256_hex(path: &Path) -> Result<String, String> {
    let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Sha256::digest(&data).iter().map(|b| format!("{b:02x}")).collect())
}

fn package_dir(c: &Crate) -> PathBuf {
    c.target_dir.join("npm").join(c.npm_name.replace('/', "__"))
}

fn generate(c: &Crate, artifacts: &Path) -> Result<(), String> {
    let mut targets = serde_json::Map::new();
    for (triple, node) in template::PLATFORMS {
        let file = format!("{}-{triple}.tar.gz", c.name);
        let path = artifacts.join(&file);
        if path.is_file() && !targets.contains_key(*node) {
            targets.insert(node.to_string(), json!({ "file": file, "sha256": sha256_hex(&path)? }));
        }
    }
    if targets.is_empty() {
        return Err(format!("no {}-<target>.tar.gz archives in {}", c.name, artifacts.display()));
    }
    let dir = package_dir(c);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let release = format!("{}/releases/download/v{}", c.repository, c.version);
    let pkg = json!({
        "name": c.npm_name,
        "version": c.version,
        "description": c.description,
        "repository": { "type": "git", "url": format!("git+{}.git", c.repository) },
        "bin": { c.bin.clone(): "run.js" },
        "scripts": { "postinstall": "node install.js" },
        "files": ["install.js", "run.js"],
        "os": ["linux", "darwin", "win32"],
        "engines": { "node": ">=16" }
    });
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).map_err(|e| e.to_string());
    write("package.json", serde_json::to_string_pretty(&pkg).map_err(|e| e.to_string())? + "\n")?;
    write(
        "install.js",
        template::INSTALL_JS
            .replace("{{RELEASE_URL}}", &release)
            .replace("{{BIN}}", &c.bin)
            .replace("{{TARGETS}}", &serde_json::to_string_pretty(&Value::Object(targets)).map_err(|e| e.to_string())?),
    )?;
    write("run.js", template::RUN_JS.replace("{{BIN}}", &c.bin))?;
    println!("wrote {}", dir.display());
    Ok(())
}

fn publish(c: &Crate, dry_run: bool, yes: bool) -> Result<(), String> {
    let dir = package_dir(c);
    if !dir.join("package.json").is_file() {
        return Err("run `cargo npm-wrap generate` first".into());
    }
    if !dry_run && !yes {
        print!("Publish {}@{} to npm with your npm credentials? [y/N] ", c.npm_name, c.version);
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| e.to_string())?;
        if !matches!(line.trim(), "y" | "Y" | "yes") {
            return Err("cancelled".into());
        }
    }
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    let mut cmd = Command::new(npm);
    cmd.arg("publish").arg(&dir).args(["--access", "public"]);
    if dry_run {
        cmd.arg("--dry-run");
    }
    let status = cmd.status().map_err(|e| format!("npm: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("npm publish exited with {status}"))
    }
}

fn main() -> ExitCode {
    // invoked as `cargo npm-wrap ...`: argv[1] is "npm-wrap"
    let args: Vec<String> = std::env::args().skip(1).skip_while(|a| a == "npm-wrap").collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let value = |f: &str| args.iter().position(|a| a == f).and_then(|i| args.get(i + 1)).cloned();
    let result = metadata().and_then(|c| match args.first().map(String::as_str) {
        Some("generate") => generate(&c, &value("--artifacts").map(PathBuf::from).unwrap_or_else(|| c.target_dir.join("dist"))),
        Some("publish") => publish(&c, flag("--dry-run"), flag("--yes")),
        _ => Err("usage: cargo npm-wrap <generate [--artifacts DIR] | publish [--dry-run] [--yes]>".into()),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cargo-npm-wrap: {e}");
            ExitCode::FAILURE
        }
    }
}
