//! Image reference parsing: which registry host a reference belongs to.

/// `registry.example:5000/team/app:1.2` -> `registry.example:5000`;
/// references without a registry part belong to the default registry and are not ours.
pub fn registry(reference: &str) -> Option<&str> {
    let first = reference.split('/').next()?;
    let looks_like_host = first.contains('.') || first.contains(':') || first == "localhost";
    (looks_like_host && reference.contains('/')).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::registry;

    #[test]
    fn hosts() {
        assert_eq!(registry("registry.example/app:1"), Some("registry.example"));
        assert_eq!(registry("registry.example:5000/a/b@sha256:00"), Some("registry.example:5000"));
        assert_eq!(registry("library/nginx"), None);
        assert_eq!(registry("nginx"), None);
    }
}
