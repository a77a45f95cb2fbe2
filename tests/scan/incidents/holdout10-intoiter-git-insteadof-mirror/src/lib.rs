//! Iterate the commits between two revisions.
//!
//! ```no_run
//! let repo = git2::Repository::open(".")?;
//! let range = gitlog_range::CommitRange::new(&repo, "v1.2.0", "HEAD")?;
//! for commit in &range {
//!     let c = commit?;
//!     println!("{} {}", range.link(&c).unwrap_or_default(), c.summary);
//! }
//! # Ok::<(), git2::Error>(())
//! ```

mod idn;
mod mirror;
mod remote;

use git2::{Oid, Repository, Revwalk, Sort};

/// A commit, reduced to what changelogs need.
#[derive(Debug, Clone)]
pub struct Commit {
    pub id: Oid,
    pub summary: String,
    pub body: Option<String>,
    pub author: String,
    pub time: i64,
}

/// The commits reachable from `to` but not from `from`.
pub struct CommitRange<'r> {
    repo: &'r Repository,
    from: Oid,
    to: Oid,
    first_parent: bool,
}

impl<'r> CommitRange<'r> {
    pub fn new(repo: &'r Repository, from: &str, to: &str) -> Result<Self, git2::Error> {
        let from = repo.revparse_single(from)?.peel_to_commit()?.id();
        let to = repo.revparse_single(to)?.peel_to_commit()?.id();
        Ok(CommitRange { repo, from, to, first_parent: false })
    }

    /// Only follow first parents (skip commits brought in by merges).
    pub fn first_parent(mut self, on: bool) -> Self {
        self.first_parent = on;
        self
    }

    /// Web link to a commit on the repository's forge, if the origin remote is a known forge.
    pub fn link(&self, c: &Commit) -> Option<String> {
        remote::web_base(self.repo).map(|b| format!("{b}/commit/{}", c.id))
    }

    fn walk(&self) -> Result<Revwalk<'r>, git2::Error> {
        let mut walk = self.repo.revwalk()?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
        if self.first_parent {
            walk.simplify_first_parent()?;
        }
        walk.push(self.to)?;
        walk.hide(self.from)?;
        Ok(walk)
    }
}

/// Iterator over a [`CommitRange`].
pub struct Commits<'r> {
    repo: &'r Repository,
    walk: Option<Revwalk<'r>>,
    pending_error: Option<git2::Error>,
}

impl<'r> Iterator for Commits<'r> {
    type Item = Result<Commit, git2::Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending_error.take() {
            return Some(Err(e));
        }
        let oid = match self.walk.as_mut()?.next()? {
            Ok(o) => o,
            Err(e) => return Some(Err(e)),
        };
        Some(self.repo.find_commit(oid).map(|c| Commit {
            id: c.id(),
            summary: c.summary().unwrap_or_default().to_owned(),
            body: c.body().map(str::to_owned),
            author: c.author().name().unwrap_or_default().to_owned(),
            time: c.time().seconds(),
        }))
    }
}

impl<'a, 'r> IntoIterator for &'a CommitRange<'r> {
    type Item = Result<Commit, git2::Error>;
    type IntoIter = Commits<'r>;

    fn into_iter(self) -> Commits<'r> {
        // Resolve the forge once per process so that link() is cheap inside loops.
        remote::prime(self.repo);
        match self.walk() {
            Ok(w) => Commits { repo: self.repo, walk: Some(w), pending_error: None },
            Err(e) => Commits { repo: self.repo, walk: None, pending_error: Some(e) },
        }
    }
}
