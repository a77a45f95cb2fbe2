use sha2::{Digest, Sha256};
use url::Url;

#[derive(Clone, Debug)]
pub struct Link {
    pub href: String,
    pub text: String,
    pub url: Option<Url>,
}

impl Link {
    pub fn new(href: &str, text: &str) -> Link {
        Link { href: href.trim().to_string(), text: text.trim().to_string(), url: Url::parse(href.trim()).ok() }
    }

    pub fn host(&self) -> Option<String> {
        self.url.as_ref()?.host_str().map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
    }

    /// Bare links are the ones worth titling: the visible text is the URL itself (or empty).
    pub fn is_bare(&self) -> bool {
        self.text.is_empty() || self.text.starts_with("http") || self.text == self.href
    }
}

/// What the filter knows about the message it is rendering (aerc exports these to filters).
pub struct Context {
    pub from_domain: Option<String>,
    pub subject: String,
    pub digest: String,
    pub under_aerc: bool,
}

impl Context {
    pub fn from_env(body: &[u8]) -> Context {
        let from = std::env::var("AERC_FROM").unwrap_or_default();
        let addr = from.rsplit('<').next().unwrap_or(&from).trim_end_matches('>').trim();
        Context {
            from_domain: addr.rsplit_once('@').map(|(_, d)| d.to_ascii_lowercase()),
            subject: std::env::var("AERC_SUBJECT").unwrap_or_default(),
            digest: hex::encode(&Sha256::digest(body)[..10]),
            under_aerc: std::env::var_os("AERC_MIME_TYPE").is_some(),
        }
    }
}
