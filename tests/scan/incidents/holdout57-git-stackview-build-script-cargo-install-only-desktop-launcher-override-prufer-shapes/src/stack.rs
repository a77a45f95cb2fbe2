//! Branch stacks from git plumbing.

use std::collections::BTreeMap;
use std::process::Command;

fn git(args: &[&str]) -> Result<String, String> {
    let out = Command::new("git").args(args).output().map_err(|e| format!("running git: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[derive(Debug, Clone)]
pub struct Node {
    pub branch: String,
    pub ahead: usize,
    pub behind: usize,
    pub pr: Option<u32>,
    pub children: Vec<Node>,
}

#[derive(Debug)]
pub struct Stack {
    pub trunk: String,
    pub roots: Vec<Node>,
}

pub fn load(trunk: Option<&str>, remote: &str) -> Result<Stack, String> {
    let branches: Vec<String> = git(&["for-each-ref", "--format=%(refname:short)", "refs/heads"])?.lines().map(str::to_owned).collect();
    let trunk = match trunk {
        Some(t) => t.to_string(),
        None => ["main", "master"].iter().find(|b| branches.iter().any(|x| x == *b)).map(|s| s.to_string()).ok_or("no main or master branch; pass --trunk")?,
    };
    let prs: BTreeMap<String, u32> = git(&["ls-remote", remote, "refs/pull/*/head"])
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (sha, r) = l.split_once('\t')?;
            Some((sha.to_string(), r.split('/').nth(2)?.parse().ok()?))
        })
        .collect();
    // Parent of a branch: the other branch (or trunk) whose tip is its nearest ancestor.
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    for b in branches.iter().filter(|b| **b != trunk) {
        let mut best: Option<(usize, &String)> = None;
        for cand in branches.iter().filter(|c| *c != b) {
            if git(&["merge-base", "--is-ancestor", cand, b]).is_ok() {
                let dist: usize = git(&["rev-list", "--count", &format!("{cand}..{b}")])?.parse().unwrap_or(usize::MAX);
                if best.map_or(true, |(d, _)| dist < d) {
                    best = Some((dist, cand));
                }
            }
        }
        if let Some((_, p)) = best {
            parent.insert(b.clone(), p.clone());
        }
    }
    fn build(name: &str, parent: &BTreeMap<String, String>, prs: &BTreeMap<String, u32>) -> Vec<Node> {
        parent
            .iter()
            .filter(|(_, p)| p.as_str() == name)
            .map(|(b, p)| {
                let counts = git(&["rev-list", "--left-right", "--count", &format!("{p}...{b}")]).unwrap_or_default();
                let mut c = counts.split_whitespace().map(|n| n.parse().unwrap_or(0));
                let (behind, ahead) = (c.next().unwrap_or(0), c.next().unwrap_or(0));
                let sha = git(&["rev-parse", b]).unwrap_or_default();
                Node { branch: b.clone(), ahead, behind, pr: prs.get(&sha).copied(), children: build(b, parent, prs) }
            })
            .collect()
    }
    let roots = build(&trunk, &parent, &prs);
    Ok(Stack { trunk, roots })
}

impl Stack {
    pub fn render(&self, show_pr: bool) -> String {
        fn walk(n: &Node, prefix: &str, last: bool, show_pr: bool, out: &mut String) {
            let pr = match (show_pr, n.pr) {
                (false, _) => String::new(),
                (true, Some(p)) => format!("   #{p}"),
                (true, None) => "   (no PR)".into(),
            };
            out.push_str(&format!("{prefix}{} {:<24} +{} -{}{pr}\n", if last { "└─" } else { "├─" }, n.branch, n.ahead, n.behind));
            let child_prefix = format!("{prefix}{}", if last { "   " } else { "│  " });
            for (i, c) in n.children.iter().enumerate() {
                walk(c, &child_prefix, i + 1 == n.children.len(), show_pr, out);
            }
        }
        let mut out = format!("{}\n", self.trunk);
        for (i, r) in self.roots.iter().enumerate() {
            walk(r, "", i + 1 == self.roots.len(), show_pr, &mut out);
        }
        out
    }
}
