//! Suggestions: close matches among executables on PATH and the package index.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

pub struct Index {
    on_path: Vec<String>,
    packages: BTreeMap<String, String>,
}

fn index_file() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("oops-cnf/index.tsv")
}

fn path_commands() -> Vec<String> {
    let mut out = Vec::new();
    for dir in std::env::var("PATH").unwrap_or_default().split(':') {
        let Ok(rd) = std::fs::read_dir(dir) else { continue };
        for e in rd.flatten() {
            let exec = e.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false);
            if exec { out.push(e.file_name().to_string_lossy().into_owned()); }
        }
    }
    out.sort();
    out.dedup();
    out
}

impl Index {
    pub fn load() -> Index {
        let packages = std::fs::read_to_string(index_file()).unwrap_or_default().lines()
            .filter_map(|l| l.split_once('\t')).map(|(c, p)| (c.to_string(), p.to_string())).collect();
        Index { on_path: path_commands(), packages }
    }

    pub fn rebuild() -> std::io::Result<usize> {
        let out = std::process::Command::new("apt-file").args(["search", "--regexp", "^/usr/bin/[^/]+$"]).output()?;
        let mut lines = String::new();
        for l in String::from_utf8_lossy(&out.stdout).lines() {
            if let Some((pkg, path)) = l.split_once(": ") {
                if let Some(cmd) = path.rsplit('/').next() { lines.push_str(&format!("{cmd}\t{pkg}\n")); }
            }
        }
        let f = index_file();
        std::fs::create_dir_all(f.parent().unwrap())?;
        std::fs::write(&f, &lines)?;
        Ok(lines.lines().count())
    }

    pub fn suggest(&self, cmd: &str, rest: &[String]) -> Option<String> {
        if let Some(pkg) = self.packages.get(cmd) {
            return Some(format!("oops: `{cmd}` is provided by the package `{pkg}` (apt install {pkg})"));
        }
        let mut best: Vec<(usize, &String)> = self.on_path.iter()
            .map(|c| (strsim::damerau_levenshtein(cmd, c), c))
            .filter(|(d, c)| *d <= 2 && c.len() > 1)
            .collect();
        best.sort();
        let picks: Vec<String> = best.iter().take(3).map(|(_, c)| format!("  {} {}", c, rest.join(" "))).collect();
        (!picks.is_empty()).then(|| format!("oops: `{cmd}` not found. Did you mean:\n{}", picks.join("\n")))
    }
}
