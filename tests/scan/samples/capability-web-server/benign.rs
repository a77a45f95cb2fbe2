//! A client: it asks a server, it serves nothing.
pub fn fetch(url: &str) -> Option<String> {
    ureq::get(url).call().ok()?.into_string().ok()
}
