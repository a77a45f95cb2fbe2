//! Local command index built from the package manager's file database.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

fn index_path() -> std::path::PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("cnf-hint/commands.tsv")
}

fn manager() -> &'static str {
    if which("pacman") { "pacman" } else if which("apt-file") { "apt" } else if which("dnf") { "dnf" } else { "none" }
}

fn which(bin: &str) -> bool {
    std::env::var("PATH").unwrap_or_default().split(':').any(|d| std::path::Path::new(d).join(bin).is_file())
}

pub fn build() -> Result<usize, String> {
    let out = match manager() {
        "pacman" => Command::new("pacman").args(["-Fl"]).output(),
        "apt" => Command::new("apt-file").args(["search", "--regexp", "^/usr/s?bin/"]).output(),
        _ => return Err("no supported package manager (pacman, apt-file) found".into()),
    }.map_err(|e| e.to_string())?;
    let mut map = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let (pkg, path) = match line.split_once(": ").or_else(|| line.split_once(' ')) { Some(x) => x, None => continue };
        let path = path.trim();
        if (path.starts_with("usr/bin/") || path.starts_with("/usr/bin/") || path.starts_with("/usr/sbin/")) && !path.ends_with('/') {
            if let Some(cmd) = path.rsplit('/').next() { map.entry(cmd.to_string()).or_insert_with(|| pkg.to_string()); }
        }
    }
    let p = index_path();
    std::fs::create_dir_all(p.parent().unwrap()).map_err(|e| e.to_string())?;
    let text: String = map.iter().map(|(c, p)| format!("{c}\t{p}\n")).collect();
    std::fs::write(&p, text).map_err(|e| e.to_string())?;
    Ok(map.len())
}

pub fn package_for(cmd: &str) -> Option<String> {
    std::fs::read_to_string(index_path()).ok()?.lines()
        .find_map(|l| l.split_once('\t').filter(|(c, _)| *c == cmd).map(|(_, p)| p.to_string()))
}

pub fn install_hint(pkg: &str) -> String {
    match manager() {
        "pacman" => format!("sudo pacman -S {pkg}"),
        "dnf" => format!("sudo dnf install {pkg}"),
        _ => format!("sudo apt install {pkg}"),
    }
}

pub fn closest_on_path(cmd: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for dir in std::env::var("PATH").unwrap_or_default().split(':') {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let exec = e.metadata().map(|m| m.permissions().mode() & 0o111 != 0).unwrap_or(false);
            let name = e.file_name().to_string_lossy().into_owned();
            let d = strsim::damerau_levenshtein(cmd, &name);
            if exec && d <= 2 && best.as_ref().map(|(bd, _)| d < *bd).unwrap_or(true) { best = Some((d, name)); }
        }
    }
    best.map(|(_, n)| n)
}
