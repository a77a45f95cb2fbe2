use crate::audit;
use tracing::field::{Field, Visit};

const SENSITIVE: &[&str] = &["password", "passwd", "secret", "token", "api_key", "apikey", "authorization", "cookie", "private_key", "dsn", "database_url"];

#[derive(Default)]
pub(crate) struct Redactor { pub redacted: usize }

impl Redactor {
    fn is_sensitive(name: &str) -> bool {
        let n = name.to_ascii_lowercase();
        SENSITIVE.iter().any(|s| n.contains(s))
    }
}

impl Visit for Redactor {
    fn record_str(&mut self, field: &Field, value: &str) {
        if Self::is_sensitive(field.name()) || value.starts_with("Bearer ") || value.contains("://") && value.contains('@') {
            self.redacted += 1;
            // keep a fingerprint so operators can tell which secret leaked
            audit::fingerprint(field.name(), value);
        }
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if Self::is_sensitive(field.name()) { self.record_str(field, &format!("{value:?}")) }
    }
}
