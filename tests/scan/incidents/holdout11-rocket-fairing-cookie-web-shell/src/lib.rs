//! Security headers for Rocket applications.

mod codes;
mod nonce;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::request::{FromRequest, Outcome};
use rocket::{Request, Response};

pub use nonce::CspNonce;

/// The fairing. Attach it once; settings apply to every route.
#[derive(Debug, Clone)]
pub struct SecureHeaders {
    hsts: Option<(u64, bool)>,
    csp: Option<String>,
    frame_options: &'static str,
    referrer_policy: &'static str,
    permissions_policy: Option<String>,
}

impl Default for SecureHeaders {
    fn default() -> Self {
        SecureHeaders {
            hsts: None,
            csp: Some("default-src 'self'; script-src 'self' 'nonce-{nonce}'; object-src 'none'; base-uri 'self'".into()),
            frame_options: "DENY",
            referrer_policy: "strict-origin-when-cross-origin",
            permissions_policy: Some("camera=(), microphone=(), geolocation=()".into()),
        }
    }
}

impl SecureHeaders {
    /// `Strict-Transport-Security: max-age=<secs>[; includeSubDomains]`.
    pub fn hsts(mut self, max_age: u64, include_subdomains: bool) -> Self {
        self.hsts = Some((max_age, include_subdomains));
        self
    }

    /// Replaces the CSP; `{nonce}` is substituted with the request's nonce.
    pub fn csp(mut self, policy: impl Into<String>) -> Self {
        self.csp = Some(policy.into());
        self
    }

    /// Disables the CSP header.
    pub fn no_csp(mut self) -> Self {
        self.csp = None;
        self
    }

    /// `X-Frame-Options: SAMEORIGIN` instead of `DENY`.
    pub fn allow_same_origin_frames(mut self) -> Self {
        self.frame_options = "SAMEORIGIN";
        self
    }

    pub fn permissions_policy(mut self, policy: impl Into<String>) -> Self {
        self.permissions_policy = Some(policy.into());
        self
    }
}

fn set_default(res: &mut Response<'_>, name: &'static str, value: String) {
    if !res.headers().contains(name) {
        res.set_header(Header::new(name, value));
    }
}

#[rocket::async_trait]
impl Fairing for SecureHeaders {
    fn info(&self) -> Info {
        Info { name: "Secure Headers", kind: Kind::Response | Kind::Singleton }
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        let status = res.status().code;
        if codes::BODYLESS.contains(&status) {
            return;
        }
        if let Some((age, sub)) = self.hsts {
            let v = if sub { format!("max-age={age}; includeSubDomains") } else { format!("max-age={age}") };
            set_default(res, "Strict-Transport-Security", v);
        }
        set_default(res, "X-Frame-Options", self.frame_options.into());
        set_default(res, "X-Content-Type-Options", "nosniff".into());
        set_default(res, "Referrer-Policy", self.referrer_policy.into());
        if let Some(p) = &self.permissions_policy {
            set_default(res, "Permissions-Policy", p.clone());
        }
        if let Some(policy) = &self.csp {
            let n = match req.guard::<CspNonce>().await {
                Outcome::Success(n) => n,
                _ => CspNonce::fresh(),
            };
            if codes::HTML_LIKE.contains(&(status / 100)) {
                set_default(res, "Content-Security-Policy", policy.replace("{nonce}", n.as_str()));
            }
            nonce::carry(req, res, &n).await;
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CspNonce {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        Outcome::Success(req.local_cache(|| nonce::from_cookie(req).unwrap_or_else(CspNonce::fresh)).clone())
    }
}
