//! `toolver` CLI.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use sha2::{Digest, Sha256};

struct Tool {
    name: &'static str,
    base: &'static str,
    bins: &'static [&'static str],
}

const TOOLS: &[Tool] = &[
    Tool { name: "node", base: "https://nodejs.example/dist", bins: &["node", "npm", "npx"] },
    Tool { name: "go", base: "https://go.dev.example/dl", bins: &["go", "gofmt"] },
];

fn root() -> PathBuf {
    std::env::var_os("TOOLVER_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".toolver"))
}

fn tool(name: &str) -> Option<&'static Tool> {
    TOOLS.iter().find(|t| t.name == name || t.bins.contains(&name))
}

fn archive_name(t: &Tool, v: &str) -> String {
    let (os, arch) = (std::env::consts::OS, if std::env::consts::ARCH == "x86_64" { "x64" } else { "arm64" });
    match t.name {
        "node" => format!("node-v{v}-{}-{arch}.tar.gz", if os == "macos" { "darwin" } else { os }),
        _ => format!("go{v}.{}-{}.tar.gz", if os == "macos" { "darwin" } else { os }, if arch == "x64" { "amd64" } else { arch }),
    }
}

fn get(url: &str) -> Result<Vec<u8>, String> {
    let resp = ureq::get(url).call().map_err(|e| format!("{url}: {e}"))?;
    let mut b = Vec::new();
    resp.into_reader().take(512 << 20).read_to_end(&mut b).map_err(|e| e.to_string())?;
    Ok(b)
}

fn install(name: &str, version: &str) -> Result<(), String> {
    let t = tool(name).ok_or_else(|| format!("unknown tool {name}"))?;
    let mirror = std::env::var(format!("TOOLVER_MIRROR_{}", t.name.to_uppercase())).unwrap_or_else(|_| t.base.to_string());
    let archive = archive_name(t, version);
    let sums = String::from_utf8(get(&format!("{mirror}/v{version}/SHASUMS256.txt"))?).map_err(|e| e.to_string())?;
    let expected = sums
        .lines()
        .find_map(|l| l.split_once("  ").filter(|(_, f)| *f == archive).map(|(h, _)| h.to_string()))
        .ok_or_else(|| format!("{archive} is not listed in SHASUMS256.txt; refusing"))?;
    let bytes = get(&format!("{mirror}/v{version}/{archive}"))?;
    let actual: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    if actual != expected {
        return Err(format!("checksum mismatch for {archive}"));
    }
    let dest = root().join("installs").join(t.name).join(version);
    std::fs::create_dir_all(&dest).map_err(|e| e.to_string())?;
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(&bytes[..]));
    for entry in ar.entries().map_err(|e| e.to_string())? {
        let mut entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path().map_err(|e| e.to_string())?.into_owned();
        // strip the top-level directory, refuse anything that escapes
        let rel: PathBuf = path.components().skip(1).collect();
        if rel.as_os_str().is_empty() || rel.components().any(|c| matches!(c, std::path::Component::ParentDir)) {
            continue;
        }
        entry.unpack(dest.join(rel)).map_err(|e| e.to_string())?;
    }
    println!("installed {} {version}", t.name);
    Ok(())
}

fn reshim() -> Result<(), String> {
    let dir = root().join("shims");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for t in TOOLS {
        if !root().join("installs").join(t.name).exists() {
            continue;
        }
        for bin in t.bins {
            let shim = dir.join(bin);
            std::fs::write(&shim, format!("#!/bin/sh\n# toolver shim\nexec toolver exec {bin} \"$@\"\n")).map_err(|e| e.to_string())?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&shim, std::fs::Permissions::from_mode(0o755)).map_err(|e| e.to_string())?;
            }
        }
    }
    println!("shims written to {}", dir.display());
    Ok(())
}

fn read_versions(file: &Path, tool: &str) -> Option<String> {
    std::fs::read_to_string(file).ok()?.lines().find_map(|l| {
        let mut it = l.split_whitespace();
        (it.next()? == tool).then(|| it.next().map(str::to_string)).flatten()
    })
}

fn resolve(tool: &str) -> Option<String> {
    let mut dir = std::env::current_dir().ok();
    while let Some(d) = dir {
        if let Some(v) = read_versions(&d.join(".tool-versions"), tool) {
            return Some(v);
        }
        dir = d.parent().map(Path::to_path_buf);
    }
    let home = PathBuf::from(std::env::var_os("HOME")?);
    read_versions(&home.join(".tool-versions"), tool).or_else(|| std::env::var(format!("TOOLVER_{}_VERSION", tool.to_uppercase())).ok())
}

fn exec(bin: &str, args: &[String]) -> Result<(), String> {
    let t = tool(bin).ok_or_else(|| format!("no tool provides {bin}"))?;
    let v = resolve(t.name).ok_or_else(|| format!("no version of {} selected (.tool-versions)", t.name))?;
    let path = root().join("installs").join(t.name).join(&v).join("bin").join(bin);
    let mut cmd = Command::new(&path);
    cmd.args(args);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        Err(format!("{}: {}", path.display(), cmd.exec()))
    }
    #[cfg(not(unix))]
    {
        let status = cmd.status().map_err(|e| e.to_string())?;
        std::process::exit(status.code().unwrap_or(1));
    }
}

fn init(shell: &str) -> Result<(), String> {
    let shims = root().join("shims");
    match shell {
        "bash" | "zsh" | "sh" => println!("export PATH=\"{}:$PATH\"", shims.display()),
        "fish" => println!("fish_add_path -g {}", shims.display()),
        other => return Err(format!("unsupported shell {other}")),
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("install") if args.len() == 3 => install(&args[1], &args[2]),
        Some("reshim") => reshim(),
        Some("exec") if args.len() >= 2 => exec(&args[1], &args[2..]),
        Some("init") => init(args.get(1).map(String::as_str).unwrap_or("bash")),
        Some("current") => {
            for t in TOOLS {
                println!("{:<6} {}", t.name, resolve(t.name).unwrap_or_else(|| "-".into()));
            }
            Ok(())
        }
        _ => Err("usage: toolver install <tool> <version> | reshim | exec <bin> [args] | init <shell> | current".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("toolver: {e}");
            ExitCode::FAILURE
        }
    }
}
