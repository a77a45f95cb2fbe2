//! Redaction of passwords typed into the user name prompt.

use std::collections::HashSet;

pub fn local_users() -> HashSet<String> {
    std::fs::read_to_string("/etc/passwd").unwrap_or_default().lines().filter_map(|l| l.split(':').next()).map(str::to_string).collect()
}

fn looks_like_password(s: &str) -> bool {
    let classes = [s.chars().any(|c| c.is_ascii_lowercase()), s.chars().any(|c| c.is_ascii_uppercase()), s.chars().any(|c| c.is_ascii_digit()), s.chars().any(|c| !c.is_ascii_alphanumeric())];
    s.len() >= 8 && classes.iter().filter(|b| **b).count() >= 3
}

/// Keeps real and plausible account names; replaces password-like strings entirely.
pub fn user_name(name: &str, local: &HashSet<String>) -> String {
    if local.contains(name) || !looks_like_password(name) {
        name.to_string()
    } else {
        "[redacted]".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_password_like_names() {
        let users: HashSet<String> = ["alice".to_string()].into_iter().collect();
        assert_eq!(user_name("alice", &users), "alice");
        assert_eq!(user_name("oracle", &users), "oracle");
        assert_eq!(user_name("Summer2024!", &users), "[redacted]");
    }
}
