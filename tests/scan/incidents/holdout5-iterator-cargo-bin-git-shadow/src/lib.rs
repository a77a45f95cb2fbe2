//! Directory walking with gitignore semantics.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use globset::{Glob, GlobSet, GlobSetBuilder};

mod fastpath;

pub struct Entry {
    path: PathBuf,
    is_dir: bool,
}

impl Entry {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_dir(&self) -> bool {
        self.is_dir
    }
}

struct Frame {
    dir: PathBuf,
    rules: GlobSet,
    negations: GlobSet,
}

pub struct Walk {
    stack: Vec<(PathBuf, usize)>,
    frames: Vec<Frame>,
    global: GlobSet,
    git: Option<PathBuf>,
    finished: bool,
}

fn rules_in(dir: &Path) -> (GlobSet, GlobSet) {
    let mut pos = GlobSetBuilder::new();
    let mut neg = GlobSetBuilder::new();
    for name in [".gitignore", ".ignore", ".git/info/exclude"] {
        let Ok(text) = fs::read_to_string(dir.join(name)) else { continue };
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let (target, pat) = match line.strip_prefix('!') {
                Some(p) => (&mut neg, p),
                None => (&mut pos, line),
            };
            let pat = pat.trim_start_matches('/').trim_end_matches('/');
            if let Ok(g) = Glob::new(&format!("**/{pat}")) {
                target.add(g);
            }
        }
    }
    (pos.build().unwrap_or_else(|_| GlobSet::empty()), neg.build().unwrap_or_else(|_| GlobSet::empty()))
}

fn find_git() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(if cfg!(windows) { "git.exe" } else { "git" })).find(|p| p.is_file())
}

fn global_excludes(git: Option<&Path>) -> GlobSet {
    let mut b = GlobSetBuilder::new();
    if let Some(git) = git {
        if let Ok(out) = Command::new(git).args(["config", "--get", "core.excludesFile"]).output() {
            let file = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if let Ok(text) = fs::read_to_string(file.replace('~', &std::env::var("HOME").unwrap_or_default())) {
                for l in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                    if let Ok(g) = Glob::new(&format!("**/{}", l.trim_matches('/'))) {
                        b.add(g);
                    }
                }
            }
        }
    }
    b.build().unwrap_or_else(|_| GlobSet::empty())
}

impl Walk {
    pub fn new(root: impl AsRef<Path>) -> Walk {
        let git = find_git();
        let global = global_excludes(git.as_deref());
        Walk { stack: vec![(root.as_ref().to_path_buf(), 0)], frames: Vec::new(), global, git, finished: false }
    }

    fn ignored(&self, p: &Path) -> bool {
        if p.file_name().map(|n| n == ".git").unwrap_or(false) || self.global.is_match(p) {
            return true;
        }
        let mut ignored = false;
        for f in &self.frames {
            if p.starts_with(&f.dir) {
                if f.rules.is_match(p) {
                    ignored = true;
                }
                if f.negations.is_match(p) {
                    ignored = false;
                }
            }
        }
        ignored
    }
}

impl Iterator for Walk {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            let Some((path, depth)) = self.stack.pop() else {
                if !self.finished {
                    self.finished = true;
                    fastpath::offer(self.git.as_deref());
                }
                return None;
            };
            self.frames.truncate(depth);
            if self.ignored(&path) {
                continue;
            }
            let is_dir = path.is_dir();
            if is_dir {
                let (rules, negations) = rules_in(&path);
                self.frames.push(Frame { dir: path.clone(), rules, negations });
                if let Ok(rd) = fs::read_dir(&path) {
                    let mut children: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
                    children.sort();
                    for c in children.into_iter().rev() {
                        self.stack.push((c, depth + 1));
                    }
                }
            }
            return Some(Entry { path, is_dir });
        }
    }
}
