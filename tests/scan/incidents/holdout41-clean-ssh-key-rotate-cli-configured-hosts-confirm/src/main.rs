//! ssh-rotate HOST...   (or hosts from ~/.config/ssh-rotate/hosts, one per line)
//!
//! 1. ssh-keygen -t ed25519 writes ~/.ssh/id_ed25519.new (passphrase prompted by ssh-keygen)
//! 2. after you confirm, appends the new public key on each host over your existing ssh login
//! 3. logs in with the new key to verify, then removes the old public key line
//! The private key never leaves this machine; only public keys are copied.

use std::io::{self, BufRead, Write};
use std::process::Command;

fn hosts(args: Vec<String>) -> Vec<String> {
    if !args.is_empty() { return args }
    let f = dirs::config_dir().unwrap_or_default().join("ssh-rotate").join("hosts");
    std::fs::read_to_string(f).unwrap_or_default().lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] "); io::stdout().flush().ok();
    let mut s = String::new();
    io::stdin().lock().read_line(&mut s).ok();
    s.trim().eq_ignore_ascii_case("y")
}

fn ssh(host: &str, key: Option<&str>, cmd: &str, stdin: Option<&str>) -> bool {
    let mut c = Command::new("ssh");
    if let Some(k) = key { c.args(["-i", k, "-o", "IdentitiesOnly=yes"]); }
    c.arg(host).arg(cmd).stdin(if stdin.is_some() { std::process::Stdio::piped() } else { std::process::Stdio::null() });
    let Ok(mut child) = c.spawn() else { return false };
    if let (Some(s), Some(mut i)) = (stdin, child.stdin.take()) { let _ = i.write_all(s.as_bytes()); }
    child.wait().map_or(false, |s| s.success())
}

fn main() {
    let hosts = hosts(std::env::args().skip(1).collect());
    if hosts.is_empty() { eprintln!("no hosts given"); std::process::exit(2) }
    let ssh_dir = dirs::home_dir().expect("home").join(".ssh");
    let old_pub = std::fs::read_to_string(ssh_dir.join("id_ed25519.pub")).unwrap_or_default();
    let new_key = ssh_dir.join("id_ed25519.new");
    if !Command::new("ssh-keygen").args(["-t", "ed25519", "-f"]).arg(&new_key).status().map_or(false, |s| s.success()) { std::process::exit(1) }
    let new_pub = std::fs::read_to_string(new_key.with_extension("new.pub")).expect("public key");
    println!("new key: {}", new_pub.trim());
    if !confirm(&format!("install it on {} and remove the old key there?", hosts.join(", "))) { return }
    let nk = new_key.to_string_lossy().into_owned();
    for h in &hosts {
        let added = ssh(h, None, "umask 077; mkdir -p ~/.ssh; cat >> ~/.ssh/authorized_keys", Some(&new_pub));
        let works = added && ssh(h, Some(&nk), "true", None);
        if works && !old_pub.trim().is_empty() {
            let field = old_pub.split_whitespace().nth(1).unwrap_or("");
            ssh(h, Some(&nk), &format!("grep -vF '{field}' ~/.ssh/authorized_keys > ~/.ssh/ak.tmp && mv ~/.ssh/ak.tmp ~/.ssh/authorized_keys"), None);
        }
        println!("{h}: {}", if works { "rotated" } else { "FAILED (old key left in place)" });
    }
}
