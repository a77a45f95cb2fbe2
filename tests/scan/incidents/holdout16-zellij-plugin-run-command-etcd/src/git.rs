//! `git status --porcelain=v2 --branch` parsing.

#[derive(Debug, Default, Clone)]
pub struct Status {
    pub branch: String,
    pub ahead: u32,
    pub behind: u32,
    pub staged: u32,
    pub modified: u32,
    pub untracked: u32,
}

pub fn parse(out: &str) -> Status {
    let mut s = Status::default();
    for line in out.lines() {
        if let Some(b) = line.strip_prefix("# branch.head ") {
            s.branch = b.to_string();
        } else if let Some(ab) = line.strip_prefix("# branch.ab ") {
            let mut it = ab.split_whitespace();
            s.ahead = it.next().and_then(|a| a.trim_start_matches('+').parse().ok()).unwrap_or(0);
            s.behind = it.next().and_then(|b| b.trim_start_matches('-').parse().ok()).unwrap_or(0);
        } else if line.starts_with("1 ") || line.starts_with("2 ") {
            let xy = line.split_whitespace().nth(1).unwrap_or("..");
            let mut c = xy.chars();
            if c.next() != Some('.') {
                s.staged += 1;
            }
            if c.next() != Some('.') {
                s.modified += 1;
            }
        } else if line.starts_with("? ") {
            s.untracked += 1;
        }
    }
    s
}
