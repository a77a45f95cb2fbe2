use std::collections::BTreeMap;
use std::process::Command;

use crate::links::Links;

pub struct Commit {
    pub kind: String,
    pub scope: Option<String>,
    pub summary: String,
    pub breaking: bool,
    pub pr: Option<u32>,
}

pub fn package_name() -> Option<String> {
    let text = std::fs::read_to_string("Cargo.toml").ok()?;
    let doc: toml_edit::DocumentMut = text.parse().ok()?;
    doc.get("package")?.get("name")?.as_str().map(str::to_string)
}

fn parse(line: &str) -> Option<Commit> {
    let (head, summary) = line.split_once(": ")?;
    let breaking = head.ends_with('!');
    let head = head.trim_end_matches('!');
    let (kind, scope) = match head.split_once('(') {
        Some((k, s)) => (k, Some(s.trim_end_matches(')').to_string())),
        None => (head, None),
    };
    let pr = summary.rsplit_once("(#").and_then(|(_, n)| n.trim_end_matches(')').parse().ok());
    Some(Commit { kind: kind.to_string(), scope, summary: summary.to_string(), breaking, pr })
}

pub fn collect(since: Option<&str>) -> Vec<Commit> {
    let range = since.map(|t| format!("{}..HEAD", t)).unwrap_or_else(|| "HEAD".into());
    let out = match Command::new("git").args(["log", "--no-merges", "--pretty=%s", &range]).output() {
        Ok(o) => o,
        Err(_) => return Vec::new(),
    };
    String::from_utf8_lossy(&out.stdout).lines().filter_map(parse).collect()
}

pub fn render(pkg: &str, commits: &[Commit], links: &Links) -> String {
    let mut sections: BTreeMap<&str, Vec<&Commit>> = BTreeMap::new();
    for c in commits {
        let title = match (c.breaking, c.kind.as_str()) {
            (true, _) => "Breaking changes",
            (_, "feat") => "Features",
            (_, "fix") => "Fixes",
            (_, "perf") => "Performance",
            (_, "docs") => "Documentation",
            _ => continue,
        };
        sections.entry(title).or_default().push(c);
    }
    let mut s = format!("## {} (unreleased)\n\n", pkg);
    for (title, list) in sections {
        s.push_str(&format!("### {}\n\n", title));
        for c in list {
            let scope = c.scope.as_deref().map(|s| format!("**{}:** ", s)).unwrap_or_default();
            let pr = c.pr.map(|n| format!(" ([#{}]({}/pull/{}))", n, links.repository, n)).unwrap_or_default();
            s.push_str(&format!("- {}{}{}\n", scope, c.summary, pr));
        }
        s.push('\n');
    }
    s
}
