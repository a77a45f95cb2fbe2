//! ghr-setup: register a self-hosted GitHub Actions runner for a repository.

use sha2::{Digest, Sha256};
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const API: &str = "https://api.github.com";
const RUNNER_VERSION: &str = "2.329.0";

/// SHA-256 of the official release tarballs of actions/runner v2.329.0.
const DIGESTS: &[(&str, &str)] = &[
    ("linux-x64", "6f732af293925e87ca95ee2e75d5a19d6008c8cda037052e5e6eb196828f0aa5"),
    ("linux-arm64", "11404dc45a7b53df9e2a35db3f638d635c43fe2023c38a41443a8283b04ec62e"),
    ("osx-x64", "3d08e05ab1f0e3ce87bdd1a4f0eb8dd680b6d245c28bd14f066f67d9617e5874"),
    ("osx-arm64", "f8440e63697b162bb71806741cc1707f0611feae1502c48328e68e85462f19d4"),
];

struct Args {
    command: String,
    repo: String,
    token_env: String,
    name: Option<String>,
    labels: Option<String>,
    service: bool,
    yes: bool,
    allow_public: bool,
}

fn usage() -> ExitCode {
    eprintln!("usage: ghr-setup <register|remove> --repo OWNER/NAME [--token-env VAR] [--name NAME] [--labels a,b] [--service] [--yes] [--allow-public]");
    ExitCode::from(2)
}

fn parse() -> Option<Args> {
    let mut it = std::env::args().skip(1);
    let command = it.next()?;
    let mut a = Args { command, repo: String::new(), token_env: "GITHUB_TOKEN".into(), name: None, labels: None, service: false, yes: false, allow_public: false };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--repo" => a.repo = it.next()?,
            "--token-env" => a.token_env = it.next()?,
            "--name" => a.name = Some(it.next()?),
            "--labels" => a.labels = Some(it.next()?),
            "--service" => a.service = true,
            "--yes" | "-y" => a.yes = true,
            "--allow-public" => a.allow_public = true,
            _ => return None,
        }
    }
    (a.repo.split('/').count() == 2).then_some(a)
}

fn token(var: &str) -> Result<String, String> {
    if let Ok(t) = std::env::var(var) {
        return Ok(t);
    }
    let out = Command::new("gh").args(["auth", "token"]).output().map_err(|_| format!("set {var} or log in with `gh auth login`"))?;
    if !out.status.success() {
        return Err(format!("set {var} or log in with `gh auth login`"));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn api(method: &str, path: &str, token: &str) -> Result<serde_json::Value, String> {
    let req = ureq::request(method, &format!("{API}{path}"))
        .set("Authorization", &format!("Bearer {token}"))
        .set("Accept", "application/vnd.github+json")
        .set("X-GitHub-Api-Version", "2022-11-28");
    let resp = if method == "POST" { req.send_string("") } else { req.call() };
    resp.map_err(|e| format!("{method} {path}: {e}"))?.into_json().map_err(|e| e.to_string())
}

fn confirm(question: &str) -> bool {
    print!("{question} [y/N] ");
    let _ = io::stdout().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn platform() -> Result<&'static str, String> {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => Ok("linux-x64"),
        ("linux", "aarch64") => Ok("linux-arm64"),
        ("macos", "x86_64") => Ok("osx-x64"),
        ("macos", "aarch64") => Ok("osx-arm64"),
        (os, arch) => Err(format!("no runner release for {os}/{arch}")),
    }
}

fn download(platform: &str, dir: &Path) -> Result<(), String> {
    let file = format!("actions-runner-{platform}-{RUNNER_VERSION}.tar.gz");
    let url = format!("https://github.com/actions/runner/releases/download/v{RUNNER_VERSION}/{file}");
    let expected = DIGESTS.iter().find(|(p, _)| *p == platform).map(|(_, d)| *d).ok_or("no pinned digest")?;
    println!("downloading {url}");
    let mut body = Vec::new();
    ureq::get(&url).call().map_err(|e| e.to_string())?.into_reader().read_to_end(&mut body).map_err(|e| e.to_string())?;
    let got: String = Sha256::digest(&body).iter().map(|b| format!("{b:02x}")).collect();
    if got != expected {
        return Err(format!("checksum mismatch for {file}: expected {expected}, got {got}"));
    }
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let tgz = dir.join(&file);
    std::fs::write(&tgz, &body).map_err(|e| e.to_string())?;
    let ok = Command::new("tar").arg("xzf").arg(&tgz).current_dir(dir).status().map_err(|e| e.to_string())?.success();
    let _ = std::fs::remove_file(&tgz);
    if ok { Ok(()) } else { Err("tar failed".into()) }
}

fn runner_dir(repo: &str) -> Result<PathBuf, String> {
    let home = std::env::var_os("HOME").ok_or("HOME is not set")?;
    Ok(PathBuf::from(home).join("actions-runner").join(repo.replace('/', "-")))
}

fn register(a: &Args) -> Result<(), String> {
    let token = token(&a.token_env)?;
    let repo = api("GET", &format!("/repos/{}", a.repo), &token)?;
    if repo["private"].as_bool() != Some(true) && !a.allow_public {
        return Err(format!("{} is public; self-hosted runners on public repositories run untrusted code (use --allow-public to override)", a.repo));
    }
    let host = Command::new("hostname").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    let name = a.name.clone().unwrap_or(host);
    if !a.yes && !confirm(&format!("Register this machine as runner \"{name}\" for {}?", a.repo)) {
        return Err("cancelled".into());
    }
    let dir = runner_dir(&a.repo)?;
    if !dir.join("config.sh").exists() {
        download(platform()?, &dir)?;
    }
    let reg = api("POST", &format!("/repos/{}/actions/runners/registration-token", a.repo), &token)?;
    let reg = reg["token"].as_str().ok_or("no registration token in response")?;
    let mut cfg = Command::new("./config.sh");
    cfg.current_dir(&dir).args(["--unattended", "--url", &format!("https://github.com/{}", a.repo), "--token", reg, "--name", &name]);
    if let Some(l) = &a.labels {
        cfg.args(["--labels", l]);
    }
    if !cfg.status().map_err(|e| e.to_string())?.success() {
        return Err("config.sh failed".into());
    }
    if a.service {
        for step in ["install", "start"] {
            Command::new("sudo").args(["./svc.sh", step]).current_dir(&dir).status().map_err(|e| e.to_string())?;
        }
        println!("runner service installed and started");
    } else {
        println!("registered; start it with: cd {} && ./run.sh", dir.display());
    }
    Ok(())
}

fn remove(a: &Args) -> Result<(), String> {
    let token = token(&a.token_env)?;
    let dir = runner_dir(&a.repo)?;
    if dir.join(".service").exists() {
        for step in ["stop", "uninstall"] {
            Command::new("sudo").args(["./svc.sh", step]).current_dir(&dir).status().map_err(|e| e.to_string())?;
        }
    }
    let rm = api("POST", &format!("/repos/{}/actions/runners/remove-token", a.repo), &token)?;
    let rm = rm["token"].as_str().ok_or("no remove token in response")?;
    Command::new("./config.sh").args(["remove", "--token", rm]).current_dir(&dir).status().map_err(|e| e.to_string())?;
    println!("removed; you can delete {}", dir.display());
    Ok(())
}

fn main() -> ExitCode {
    let Some(args) = parse() else { return usage() };
    let result = match args.command.as_str() {
        "register" => register(&args),
        "remove" => remove(&args),
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ghr-setup: {e}");
            ExitCode::FAILURE
        }
    }
}
