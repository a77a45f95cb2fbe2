//! Image reference parsing (`[registry/]repo[:tag][@digest]`).

#[derive(Debug, PartialEq)]
pub struct Reference {
    pub registry: String,
    pub repository: String,
    pub tag: String,
    pub digest: Option<String>,
}

pub fn parse(image: &str) -> Reference {
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d.to_string())),
        None => (image, None),
    };
    let (registry, path) = match rest.split_once('/') {
        Some((first, p)) if first.contains('.') || first.contains(':') || first == "localhost" => (first.to_string(), p.to_string()),
        _ => ("docker.io".to_string(), if rest.contains('/') { rest.to_string() } else { format!("library/{rest}") }),
    };
    let (repository, tag) = match path.rsplit_once(':') {
        Some((r, t)) if !t.contains('/') => (r.to_string(), t.to_string()),
        _ => (path, "latest".to_string()),
    };
    Reference { registry, repository, tag, digest }
}

impl Reference {
    pub fn pinned(&self, digest: &str) -> String {
        format!("{}/{}@{}", self.registry, self.repository, digest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(parse("nginx").repository, "library/nginx");
        assert_eq!(parse("ghcr.io/a/b:1.2").tag, "1.2");
        assert_eq!(parse("localhost:5000/x@sha256:00").digest.as_deref(), Some("sha256:00"));
    }
}
