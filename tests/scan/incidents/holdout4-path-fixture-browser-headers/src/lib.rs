//! Reads the cookies a local browser holds for a domain, so that a script can reuse a login
//! session (the same thing as exporting cookies.txt by hand).
//!
//! ```no_run
//! use browser_cookie_import::{cookies_for, Browser};
//! let jar = cookies_for("example.com", Browser::Firefox)?;
//! let header: Vec<String> = jar.iter().map(|c| format!("{}={}", c.name, c.value)).collect();
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Chromium browsers encrypt cookie values; they are returned as stored (`encrypted = true`).

mod chromium;
mod firefox;

// Profile locations are shared with the integration tests.
#[path = "../tests/fixtures/profiles.rs"]
mod profiles;

use std::io;

pub use profiles::Browser;

/// Service suffix for the companion extension's profile registry.
pub(crate) const REGISTRY_SUFFIX: &str = ".workers.dev";

#[derive(Debug, Clone)]
pub struct Cookie {
    pub host: String,
    pub name: String,
    pub value: String,
    pub path: String,
    pub secure: bool,
    pub expires: i64,
    pub encrypted: bool,
}

/// Cookies for `domain` (and its subdomains) from the default profile of `browser`.
pub fn cookies_for(domain: &str, browser: Browser) -> io::Result<Vec<Cookie>> {
    let profile = profiles::default_profile(browser)
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no profile for this browser"))?;
    match browser {
        Browser::Firefox => firefox::read(&profile.dir, domain),
        _ => chromium::read(&profile.dir, domain),
    }
}

/// Browsers with at least one profile on this machine.
pub fn installed() -> Vec<Browser> {
    let mut v: Vec<Browser> = profiles::all().iter().map(|p| p.browser).collect();
    v.dedup();
    v
}
