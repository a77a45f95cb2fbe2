use url::Url;

/// A connection string, kept verbatim for tokio-postgres and parsed for host / user reporting.
#[derive(Clone)]
pub struct Dsn(String);

impl Dsn {
    pub fn new(s: String) -> Self {
        Dsn(s)
    }

    pub fn raw(&self) -> &str {
        &self.0
    }

    fn kv(&self, key: &str) -> Option<String> {
        self.0
            .split_whitespace()
            .find_map(|p| p.strip_prefix(key).and_then(|r| r.strip_prefix('=')).map(str::to_owned))
    }

    pub fn host(&self) -> String {
        Url::parse(&self.0)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .or_else(|| self.kv("host"))
            .unwrap_or_else(|| "localhost".into())
    }

    pub fn user(&self) -> String {
        Url::parse(&self.0)
            .ok()
            .map(|u| u.username().to_owned())
            .filter(|u| !u.is_empty())
            .or_else(|| self.kv("user"))
            .unwrap_or_default()
    }

    pub fn is_local(&self) -> bool {
        let h = self.host();
        h == "localhost" || h.starts_with("127.") || h == "::1" || h.starts_with('/')
    }

    pub fn redacted(&self) -> String {
        match Url::parse(&self.0) {
            Ok(mut u) if u.password().is_some() => {
                let _ = u.set_password(Some("***"));
                u.to_string()
            }
            Ok(u) => u.to_string(),
            Err(_) => self
                .0
                .split_whitespace()
                .map(|p| if p.starts_with("password=") { "password=***" } else { p })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}
