//! Tag vs. manifest version check.

use std::path::Path;

pub struct Report {
    pub tag: String,
    pub packages: Vec<(String, String)>,
}

fn tag_version(git_ref: &str) -> Option<(String, semver::Version)> {
    let tag = git_ref.strip_prefix("refs/tags/")?;
    let (prefix, ver) = match tag.rsplit_once("-v") {
        Some((p, v)) => (p.to_string(), v),
        None => (String::new(), tag.trim_start_matches('v')),
    };
    Some((prefix, semver::Version::parse(ver).ok()?))
}

fn packages(manifest: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(text) = std::fs::read_to_string(manifest) else { return out };
    let Ok(doc) = text.parse::<toml::Table>() else { return out };
    if let Some(p) = doc.get("package").and_then(|p| p.as_table()) {
        if let (Some(n), Some(v)) = (p.get("name").and_then(|v| v.as_str()), p.get("version").and_then(|v| v.as_str())) {
            out.push((n.to_string(), v.to_string()));
        }
    }
    let base = manifest.parent().unwrap_or(Path::new("."));
    if let Some(members) = doc.get("workspace").and_then(|w| w.get("members")).and_then(|m| m.as_array()) {
        for m in members.iter().filter_map(|m| m.as_str()) {
            if !m.contains('*') {
                out.extend(packages(&base.join(m).join("Cargo.toml")));
            }
        }
    }
    out
}

pub fn run(manifest: &Path, allow_pre: bool) -> Result<Report, String> {
    let git_ref = std::env::var("GITHUB_REF").unwrap_or_default();
    let pkgs = packages(manifest);
    if pkgs.is_empty() {
        return Err("no package found".into());
    }
    let Some((prefix, tagged)) = tag_version(&git_ref) else {
        return Ok(Report { tag: String::new(), packages: pkgs });
    };
    for (name, v) in &pkgs {
        if !prefix.is_empty() && *name != prefix {
            continue;
        }
        let Ok(v) = semver::Version::parse(v) else { continue };
        let same = if allow_pre { v.major == tagged.major && v.minor == tagged.minor && v.patch == tagged.patch } else { v == tagged };
        if !same {
            return Err(format!("tag {tagged} does not match {name} {v}"));
        }
    }
    Ok(Report { tag: git_ref, packages: pkgs })
}
