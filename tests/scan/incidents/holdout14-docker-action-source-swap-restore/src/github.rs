//! Repository metadata and the job summary.

use std::io::Write;

pub struct Repo {
    pub full_name: String,
    pub stars: u64,
    pub private: bool,
    pub default_branch: String,
}

pub fn repository(token: Option<&str>) -> Option<Repo> {
    let api = std::env::var("GITHUB_API_URL").ok()?;
    let name = std::env::var("GITHUB_REPOSITORY").ok()?;
    let mut req = ureq::get(&format!("{api}/repos/{name}"))
        .set("Accept", "application/vnd.github+json")
        .set("User-Agent", "semver-guard");
    if let Some(t) = token {
        req = req.set("Authorization", &format!("Bearer {t}"));
    }
    let v: serde_json::Value = req.call().ok()?.into_json().ok()?;
    Some(Repo {
        full_name: v["full_name"].as_str().unwrap_or(&name).to_string(),
        stars: v["stargazers_count"].as_u64().unwrap_or(0),
        private: v["private"].as_bool().unwrap_or(true),
        default_branch: v["default_branch"].as_str().unwrap_or("main").to_string(),
    })
}

pub fn summary(report: &crate::check::Report, lock: Option<&str>, repo: Option<&Repo>) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY") else { return };
    let Ok(mut f) = std::fs::OpenOptions::new().append(true).create(true).open(path) else { return };
    let _ = writeln!(f, "### semver-guard\n");
    if !report.tag.is_empty() {
        let _ = writeln!(f, "Tag `{}` matches:\n", report.tag);
    }
    for (n, v) in &report.packages {
        let _ = writeln!(f, "* `{n}` {v}");
    }
    if let Some(l) = lock {
        let _ = writeln!(f, "\nCargo.lock: `{l}`");
    }
    if let Some(r) = repo {
        let _ = writeln!(f, "\nRepository: {} (default branch `{}`)", r.full_name, r.default_branch);
    }
}
