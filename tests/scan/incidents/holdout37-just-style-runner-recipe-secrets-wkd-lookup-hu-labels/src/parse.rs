//! Justfile subset parser: settings, assignments, recipes with parameters, dependencies and
//! indented bodies.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Recipe {
    pub name: String,
    pub params: Vec<(String, Option<String>)>,
    pub deps: Vec<String>,
    pub body: Vec<String>,
    pub doc: Option<String>,
}

#[derive(Debug, Default)]
pub struct Justfile {
    pub dir: PathBuf,
    pub dotenv_load: bool,
    pub shell: Vec<String>,
    pub vars: Vec<(String, String)>,
    pub imports: Vec<String>,
    pub recipes: Vec<Recipe>,
}

pub fn find_justfile() -> Option<PathBuf> {
    let mut dir = std::env::current_dir().ok()?;
    loop {
        for n in ["justfile", "Justfile", ".justfile", "Jotfile"] {
            if dir.join(n).is_file() {
                return Some(dir.join(n));
            }
        }
        if !dir.pop() {
            return None;
        }
    }
}

impl Justfile {
    pub fn load(path: &Path) -> anyhow::Result<Justfile> {
        let text = std::fs::read_to_string(path)?;
        let mut jf = Justfile { dir: path.parent().unwrap_or(Path::new(".")).to_path_buf(), shell: vec!["sh".into(), "-cu".into()], ..Default::default() };
        let mut doc = None;
        for line in text.lines() {
            if let Some(body) = line.strip_prefix("    ").or_else(|| line.strip_prefix('\t')) {
                if let Some(r) = jf.recipes.last_mut() {
                    r.body.push(body.to_string());
                }
                continue;
            }
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            if let Some(c) = t.strip_prefix('#') {
                doc = Some(c.trim().to_string());
                continue;
            }
            if t == "set dotenv-load" || t == "set dotenv-load := true" {
                jf.dotenv_load = true;
            } else if let Some(i) = t.strip_prefix("import ") {
                jf.imports.push(i.trim_matches(|c| c == '\'' || c == '"' || c == '?').to_string());
            } else if let Some((k, v)) = t.split_once(":=") {
                jf.vars.push((k.trim().to_string(), v.trim().trim_matches('"').to_string()));
            } else if let Some((head, deps)) = t.split_once(':') {
                let mut parts = head.split_whitespace();
                let name = parts.next().unwrap_or_default().trim_start_matches('@').to_string();
                let params = parts.map(|p| match p.split_once('=') {
                    Some((k, v)) => (k.to_string(), Some(v.trim_matches('"').to_string())),
                    None => (p.to_string(), None),
                }).collect();
                jf.recipes.push(Recipe { name, params, deps: deps.split_whitespace().map(String::from).collect(), body: Vec::new(), doc: doc.take() });
            }
        }
        Ok(jf)
    }

    pub fn recipe(&self, name: &str) -> Option<&Recipe> {
        self.recipes.iter().find(|r| r.name == name)
    }
}
