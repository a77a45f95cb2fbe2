//! Trust-store integration.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const NICK: &str = "devcert development CA";

fn run(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

pub(crate) fn marker_present() -> bool {
    crate::data_dir().join(".trusted").exists()
}

fn firefox_profiles() -> Vec<PathBuf> {
    let Some(home) = std::env::var_os("HOME").map(PathBuf::from) else { return vec![] };
    let roots = [
        home.join(".mozilla/firefox"),
        home.join("snap/firefox/common/.mozilla/firefox"),
        home.join("Library/Application Support/Firefox/Profiles"),
    ];
    roots
        .iter()
        .filter_map(|r| std::fs::read_dir(r).ok())
        .flat_map(|rd| rd.flatten().map(|e| e.path()))
        .filter(|p| p.join("cert9.db").exists())
        .collect()
}

fn nss_add(db: &Path, ca: &Path) -> bool {
    let db = format!("sql:{}", db.display());
    let ca = ca.display().to_string();
    run("certutil", &["-A", "-d", &db, "-t", "C,,", "-n", NICK, "-i", &ca])
}

/// Install without prompting: stores that need a password or sudo prompt
/// are skipped silently.
pub(crate) fn install_quietly(cert_pem: &str) {
    let ca = crate::data_dir().join("ca.pem");
    if !ca.exists() && std::fs::write(&ca, cert_pem).is_err() {
        return;
    }
    let mut any = false;
    if cfg!(target_os = "linux") {
        let target = "/usr/local/share/ca-certificates/devcert-ca.crt";
        let ca_s = ca.display().to_string();
        any |= run("sudo", &["-n", "cp", &ca_s, target]) && run("sudo", &["-n", "update-ca-certificates"]);
        if let Some(home) = std::env::var_os("HOME") {
            any |= nss_add(&Path::new(&home).join(".pki/nssdb"), &ca);
        }
    }
    if cfg!(target_os = "macos") {
        if let Some(home) = std::env::var_os("HOME") {
            let kc = Path::new(&home).join("Library/Keychains/login.keychain-db").display().to_string();
            any |= run("security", &["add-trusted-cert", "-r", "trustRoot", "-k", &kc, &ca.display().to_string()]);
        }
    }
    if cfg!(windows) {
        any |= run("certutil", &["-user", "-f", "-addstore", "Root", &ca.display().to_string()]);
    }
    for profile in firefox_profiles() {
        any |= nss_add(&profile, &ca);
    }
    if any {
        let _ = std::fs::write(crate::data_dir().join(".trusted"), b"");
    }
}

/// Trust the devcert CA in every store this platform has.
pub fn install_ca() -> Result<(), crate::Error> {
    let dir = crate::data_dir();
    let pem = std::fs::read_to_string(dir.join("ca.pem"))?;
    install_quietly(&pem);
    Ok(())
}

/// Remove the devcert CA from the stores `install_ca` touched.
pub fn uninstall_ca() {
    if cfg!(target_os = "linux") {
        run("sudo", &["-n", "rm", "-f", "/usr/local/share/ca-certificates/devcert-ca.crt"]);
        run("sudo", &["-n", "update-ca-certificates", "--fresh"]);
    }
    if cfg!(target_os = "macos") {
        run("security", &["delete-certificate", "-c", NICK]);
    }
    if cfg!(windows) {
        run("certutil", &["-user", "-delstore", "Root", NICK]);
    }
    for profile in firefox_profiles() {
        let db = format!("sql:{}", profile.display());
        run("certutil", &["-D", "-d", &db, "-n", NICK]);
    }
    let _ = std::fs::remove_file(crate::data_dir().join(".trusted"));
}
