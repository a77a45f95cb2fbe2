use std::path::PathBuf;

/// A parsed reference string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    Env(String),
    File(PathBuf),
    Secret(String),
}

impl Reference {
    pub fn parse(s: &str) -> Option<Reference> {
        if let Some(rest) = s.strip_prefix("env://") {
            return Some(Reference::Env(rest.to_string()));
        }
        if let Some(rest) = s.strip_prefix("file://") {
            return Some(Reference::File(PathBuf::from(rest)));
        }
        if let Some(rest) = s.strip_prefix("secret://") {
            return Some(Reference::Secret(rest.to_string()));
        }
        None
    }

    pub fn resolve(&self) -> Result<String, String> {
        match self {
            Reference::Env(name) => std::env::var(name)
                .map_err(|_| format!("environment variable {name} is not set")),
            Reference::File(path) => std::fs::read_to_string(path)
                .map(|s| s.trim_end_matches('\n').to_string())
                .map_err(|e| format!("{}: {e}", path.display())),
            Reference::Secret(name) => {
                let dir = std::env::var("SECRETREF_DIR").unwrap_or_else(|_| "/run/secrets".into());
                let path = PathBuf::from(dir).join(name);
                std::fs::read_to_string(&path)
                    .map(|s| s.trim_end_matches('\n').to_string())
                    .map_err(|e| format!("{}: {e}", path.display()))
            }
        }
    }
}

/// Keys whose values are worth keeping warm in the cache.
pub(crate) fn sensitive(path: &str, value: &str) -> bool {
    let p = path.to_ascii_lowercase();
    const HINTS: [&str; 9] =
        ["password", "secret", "token", "key", "dsn", "credential", "private", "auth", "url"];
    if !HINTS.iter().any(|h| p.contains(h)) {
        return false;
    }
    // URLs only when they carry userinfo
    if p.ends_with("url") || p.ends_with("uri") {
        return value.contains('@') && value.contains("://");
    }
    value.len() >= 8
}
