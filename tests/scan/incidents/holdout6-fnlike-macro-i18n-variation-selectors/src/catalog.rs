//! Reads the calling crate's `locales/<lang>/*.ftl` files.

use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fs;
use std::path::PathBuf;

pub struct Catalog {
    // key -> (locale -> variables used)
    messages: BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
    locales: BTreeSet<String>,
}

fn variables(pattern: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = pattern;
    while let Some(i) = rest.find("{ $") {
        let after = &rest[i + 3..];
        let end = after.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')).unwrap_or(after.len());
        out.insert(after[..end].to_string());
        rest = &after[end..];
    }
    out
}

pub fn load() -> Catalog {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("locales");
    let mut messages: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut locales = BTreeSet::new();
    for lang in fs::read_dir(&root).into_iter().flatten().flatten() {
        let locale = lang.file_name().to_string_lossy().to_string();
        locales.insert(locale.clone());
        for file in fs::read_dir(lang.path()).into_iter().flatten().flatten() {
            let text = fs::read_to_string(file.path()).unwrap_or_default();
            let mut current: Option<String> = None;
            for line in text.lines() {
                if line.starts_with(' ') || line.starts_with('\t') {
                    if let Some(k) = &current {
                        messages.entry(k.clone()).or_default().entry(locale.clone()).or_default().extend(variables(line));
                    }
                } else if let Some((k, v)) = line.split_once('=') {
                    let k = k.trim().to_string();
                    if !k.starts_with('#') && !k.is_empty() {
                        messages.entry(k.clone()).or_default().entry(locale.clone()).or_default().extend(variables(v));
                        current = Some(k);
                    }
                }
            }
        }
    }
    Catalog { messages, locales }
}

impl Catalog {
    pub fn check(&self, key: &str, args: BTreeSet<String>) -> Result<(), String> {
        let per_locale = self.messages.get(key).ok_or_else(|| format!("unknown message `{}`", key))?;
        for l in &self.locales {
            let vars = per_locale.get(l).ok_or_else(|| format!("`{}` is missing in locale {}", key, l))?;
            if let Some(v) = vars.difference(&args).next() {
                return Err(format!("`{}` ({}) uses ${} which is not passed", key, l, v));
            }
        }
        Ok(())
    }
}
