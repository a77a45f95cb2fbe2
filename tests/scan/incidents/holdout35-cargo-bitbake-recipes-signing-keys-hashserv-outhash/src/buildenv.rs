//! The BitBake build directory `oe-init-build-env` set up: layers and configuration variables.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub struct BuildDir {
    pub top: PathBuf,
    pub layers: Vec<PathBuf>,
    vars: BTreeMap<String, String>,
}

fn parse_conf(text: &str, vars: &mut BTreeMap<String, String>) {
    let mut joined = String::new();
    for line in text.lines() {
        let line = line.trim_end();
        if let Some(l) = line.strip_suffix('\\') {
            joined.push_str(l);
            continue;
        }
        joined.push_str(line);
        let l = std::mem::take(&mut joined);
        let l = l.trim();
        if l.starts_with('#') || l.is_empty() {
            continue;
        }
        for op in ["??=", "?=", ":=", "+=", "=+", ".=", "="] {
            if let Some((k, v)) = l.split_once(op) {
                let k = k.trim();
                if k.contains(' ') || k.starts_with("export") && k.split_whitespace().count() > 2 {
                    break;
                }
                let k = k.trim_start_matches("export ").to_string();
                let v = v.trim().trim_matches('"').trim_matches('\'').to_string();
                match op {
                    "?=" | "??=" => {
                        vars.entry(k).or_insert(v);
                    }
                    "+=" => {
                        let e = vars.entry(k).or_default();
                        *e = format!("{e} {v}").trim().to_string();
                    }
                    _ => {
                        vars.insert(k, v);
                    }
                }
                break;
            }
        }
    }
}

impl BuildDir {
    pub fn detect() -> Option<BuildDir> {
        let top = std::env::var_os("BUILDDIR").map(PathBuf::from).or_else(|| {
            let cwd = std::env::current_dir().ok()?;
            cwd.ancestors().find(|d| d.join("conf/local.conf").is_file()).map(Path::to_path_buf)
        })?;
        let mut vars = BTreeMap::new();
        vars.insert("TOPDIR".into(), top.display().to_string());
        let bblayers = std::fs::read_to_string(top.join("conf/bblayers.conf")).ok()?;
        parse_conf(&bblayers, &mut vars);
        let layers: Vec<PathBuf> = vars.get("BBLAYERS").map(|l| l.split_whitespace().map(PathBuf::from).collect()).unwrap_or_default();
        for f in ["conf/site.conf", "conf/auto.conf", "conf/local.conf"] {
            if let Ok(t) = std::fs::read_to_string(top.join(f)) {
                parse_conf(&t, &mut vars);
            }
        }
        // distro configuration of the selected DISTRO, from whichever layer provides it
        if let Some(distro) = vars.get("DISTRO").cloned() {
            for l in &layers {
                if let Ok(t) = std::fs::read_to_string(l.join("conf/distro").join(format!("{distro}.conf"))) {
                    parse_conf(&t, &mut vars);
                }
            }
        }
        Some(BuildDir { top, layers, vars })
    }

    /// Variable value with `${VAR}` references expanded (one level deep is enough for paths).
    pub fn var(&self, name: &str) -> Option<String> {
        let mut v = self.vars.get(name)?.clone();
        for _ in 0..4 {
            let Some(start) = v.find("${") else { break };
            let Some(end) = v[start..].find('}') else { break };
            let inner = &v[start + 2..start + end];
            let rep = self.vars.get(inner).cloned().or_else(|| std::env::var(inner).ok()).unwrap_or_default();
            v.replace_range(start..start + end + 1, &rep);
        }
        Some(v)
    }

    pub fn var_names(&self) -> impl Iterator<Item = &String> {
        self.vars.keys()
    }
}
