//! Redirect policy for reqwest with downgrade protection and redacted logging.

use reqwest::redirect::{Attempt, Policy};
use url::Url;

#[derive(Clone, Debug)]
pub struct Config {
    pub max_hops: usize,
    pub stop_on_credentialed_cross_origin: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config { max_hops: 10, stop_on_credentialed_cross_origin: true }
    }
}

/// Query parameters whose values are credentials.
pub const SENSITIVE: &[&str] = &[
    "code", "access_token", "id_token", "refresh_token", "token", "ticket", "samlresponse", "samlrequest",
    "sig", "signature", "x-amz-signature", "x-amz-credential", "x-amz-security-token", "x-goog-signature",
    "x-goog-credential", "se", "sp", "sv", "client_secret", "password", "api_key", "apikey",
];

fn is_sensitive(name: &str) -> bool {
    SENSITIVE.contains(&name.to_ascii_lowercase().as_str())
}

/// URL with credential-bearing parts replaced, for logs.
pub fn redact(url: &Url) -> String {
    let mut u = url.clone();
    let _ = u.set_password(None);
    if !u.username().is_empty() {
        let _ = u.set_username("[redacted]");
    }
    u.set_fragment(None);
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if is_sensitive(&k) { "[redacted]".to_string() } else { v.into_owned() };
            (k.into_owned(), v)
        })
        .collect();
    if pairs.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(pairs);
    }
    u.to_string()
}

fn carries_credentials(url: &Url) -> bool {
    !url.username().is_empty() || url.password().is_some() || url.query_pairs().any(|(k, _)| is_sensitive(&k))
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme() && a.host_str() == b.host_str() && a.port_or_known_default() == b.port_or_known_default()
}

fn decide(cfg: &Config, attempt: Attempt) -> reqwest::redirect::Action {
    let hops = attempt.previous().len();
    let origin = attempt.previous().first().cloned();
    let from = attempt.previous().last().cloned();
    let to = attempt.url().clone();
    tracing::debug!(
        target: "safe_redirects",
        hop = hops,
        status = attempt.status().as_u16(),
        from = %from.as_ref().map(redact).unwrap_or_default(),
        to = %redact(&to),
        "redirect"
    );
    if hops >= cfg.max_hops {
        return attempt.error("too many redirects");
    }
    if from.as_ref().map(|f| f.scheme() == "https").unwrap_or(false) && to.scheme() == "http" {
        return attempt.error("refusing https -> http redirect");
    }
    if cfg.stop_on_credentialed_cross_origin {
        if let Some(origin) = origin {
            if !same_origin(&origin, &to) && carries_credentials(&to) {
                tracing::info!(target: "safe_redirects", to = %redact(&to), "stopping at credentialed cross-origin redirect");
                return attempt.stop();
            }
        }
    }
    attempt.follow()
}

pub fn policy(cfg: Config) -> Policy {
    Policy::custom(move |attempt| decide(&cfg, attempt))
}
