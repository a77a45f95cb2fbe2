use base64::Engine;
use std::io::{self, BufRead, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::exit;

const TYPES: &[&str] = &["ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "sk-ssh-ed25519@openssh.com"];

fn ak_path(args: &[String]) -> PathBuf {
    if let Some(i) = args.iter().position(|a| a == "--file") {
        return PathBuf::from(&args[i + 1]);
    }
    PathBuf::from(std::env::var_os("HOME").expect("HOME not set")).join(".ssh/authorized_keys")
}

/// (type, base64 blob, comment) if `line` is a plain public key line.
fn parse_key(line: &str) -> Option<(String, String, String)> {
    let mut it = line.split_whitespace();
    let ty = it.next()?;
    let blob = it.next()?;
    if !TYPES.contains(&ty) {
        return None;
    }
    let raw = base64::engine::general_purpose::STANDARD.decode(blob).ok()?;
    let n = u32::from_be_bytes(raw.get(..4)?.try_into().ok()?) as usize;
    (raw.get(4..4 + n)? == ty.as_bytes()).then(|| (ty.to_string(), blob.to_string(), it.collect::<Vec<_>>().join(" ")))
}

fn confirm(args: &[String]) -> bool {
    if args.iter().any(|a| a == "--yes") {
        return true;
    }
    eprint!("Proceed? [y/N] ");
    let _ = io::stderr().flush();
    let mut l = String::new();
    io::stdin().lock().read_line(&mut l).is_ok() && l.trim().eq_ignore_ascii_case("y")
}

fn write_back(path: &PathBuf, old: &str, new: &str) -> io::Result<()> {
    let dir = path.parent().unwrap();
    std::fs::create_dir_all(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    if !old.is_empty() {
        std::fs::write(path.with_extension("bak"), old)?;
    }
    std::fs::write(path, new)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = ak_path(&args);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("list") => {
            for (i, l) in old.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).enumerate() {
                let shown: Vec<&str> = l.split_whitespace().collect();
                println!("{}  {}", i + 1, shown.iter().rev().take(2).rev().cloned().collect::<Vec<_>>().join("  "));
            }
        }
        Some("add") => {
            let Some(file) = args.get(1) else { exit(2) };
            let text = std::fs::read_to_string(file)?;
            let Some((ty, blob, comment)) = parse_key(text.trim()) else {
                eprintln!("{file}: not a valid OpenSSH public key");
                exit(1);
            };
            if old.contains(&blob) {
                eprintln!("key already present");
                return Ok(());
            }
            let mut opts = Vec::new();
            if args.iter().any(|a| a == "--restrict") {
                opts.push("restrict".to_string());
            }
            if let Some(i) = args.iter().position(|a| a == "--from") {
                opts.push(format!("from=\"{}\"", args[i + 1]));
            }
            let line = format!("{}{ty} {blob} {comment}", if opts.is_empty() { String::new() } else { format!("{} ", opts.join(",")) });
            eprintln!("Will append to {}:\n  {line}", path.display());
            if confirm(&args) {
                let mut new = old.clone();
                if !new.is_empty() && !new.ends_with('\n') {
                    new.push('\n');
                }
                new.push_str(&line);
                new.push('\n');
                write_back(&path, &old, &new)?;
            }
        }
        Some("remove") => {
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| exit(2));
            let keys: Vec<&str> = old.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect();
            let Some(victim) = keys.get(n - 1) else { exit(1) };
            eprintln!("Will remove from {}:\n  {victim}", path.display());
            if confirm(&args) {
                let new: String = old.lines().filter(|l| l != victim).map(|l| format!("{l}\n")).collect();
                write_back(&path, &old, &new)?;
            }
        }
        _ => {
            eprintln!("usage: ssh-authorize list | add <key.pub> [--restrict] [--from CIDR] | remove <n>  [--file PATH] [--yes]");
            exit(2);
        }
    }
    Ok(())
}
