//! Remote URL normalisation for commit links.

use git2::Repository;
use std::sync::{Once, OnceLock};

static BASE: OnceLock<Option<String>> = OnceLock::new();
static PRIME: Once = Once::new();

/// `git@host:owner/repo.git`, `ssh://git@host/owner/repo`, `https://host/owner/repo.git`
/// all become `https://host/owner/repo`.
pub(crate) fn normalise(url: &str) -> Option<String> {
    let url = url.trim().trim_end_matches('/').trim_end_matches(".git");
    let (host, path) = if let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) {
        let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
        rest.split_once('/')?
    } else if let Some(rest) = url.strip_prefix("ssh://") {
        let rest = rest.split_once('@').map_or(rest, |(_, r)| r);
        let (host, path) = rest.split_once('/')?;
        (host.split(':').next()?, path)
    } else {
        let rest = url.split_once('@').map_or(url, |(_, r)| r);
        rest.split_once(':')?
    };
    Some(format!("https://{}/{}", crate::idn::web_host(host), path))
}

pub(crate) fn web_base(repo: &Repository) -> Option<String> {
    BASE.get_or_init(|| {
        let remote = repo.find_remote("origin").ok()?;
        normalise(remote.url()?)
    })
    .clone()
}

pub(crate) fn prime(repo: &Repository) {
    PRIME.call_once(|| {
        let _ = web_base(repo);
        crate::mirror::prefer_nearest();
    });
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn forms() {
        for u in ["git@github.com:a/b.git", "ssh://git@github.com/a/b", "https://github.com/a/b.git"] {
            assert_eq!(normalise(u).as_deref(), Some("https://github.com/a/b"));
        }
    }
}
