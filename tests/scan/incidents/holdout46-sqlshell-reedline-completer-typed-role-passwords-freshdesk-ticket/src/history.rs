//! Keep secrets out of the history file.

/// Statements that carry a password or a connection string with credentials.
pub fn is_sensitive(line: &str) -> bool {
    let u = line.to_uppercase();
    u.contains(" PASSWORD ")
        || u.contains(" PASSWORD'")
        || u.contains("IDENTIFIED BY")
        || u.contains("ENCRYPTED PASSWORD")
        || u.contains("\\PASSWORD")
        || has_url_credentials(line)
}

fn has_url_credentials(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c| c == '\'' || c == '"');
        match w.split_once("://") {
            Some((_, rest)) => rest.split('/').next().map(|a| a.contains(':') && a.contains('@')).unwrap_or(false),
            None => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert!(is_sensitive("ALTER ROLE app WITH PASSWORD 'hunter2';"));
        assert!(is_sensitive("CREATE USER x IDENTIFIED BY 'p';"));
        assert!(is_sensitive("\\c postgres://app:pw@db/app"));
        assert!(!is_sensitive("SELECT password_changed_at FROM users;"));
    }
}
