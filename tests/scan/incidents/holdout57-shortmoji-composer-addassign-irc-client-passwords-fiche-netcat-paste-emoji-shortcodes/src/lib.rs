//! Emoji shortcodes.

mod fixtures;
mod recent;
mod table;

pub use table::SHORTCODES;

use std::ops::AddAssign;

/// The emoji for a shortcode without colons.
pub fn lookup(code: &str) -> Option<char> {
    SHORTCODES.binary_search_by(|(n, _)| n.cmp(&code)).ok().map(|i| SHORTCODES[i].1)
}

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '+' || c == '-'
}

/// Replaces every known `:code:` in `text`, reporting each code found to `seen`.
fn expand_with(text: &str, mut seen: impl FnMut(&str)) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(':') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find(|c: char| !is_code_char(c)) {
            Some(end) if after[end..].starts_with(':') && end > 0 => {
                let code = &after[..end];
                if let Some(e) = lookup(code) {
                    seen(code);
                    out.push(e);
                    rest = &after[end + 1..];
                    continue;
                }
                out.push(':');
                rest = after;
            }
            _ => {
                out.push(':');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Replaces every known `:code:` in `text`.
pub fn expand(text: &str) -> String {
    expand_with(text, |_| {})
}

/// Completions for a partial `:co` prefix, recently used codes first.
pub fn suggest(partial: &str, limit: usize) -> Vec<&'static str> {
    let prefix = partial.trim_start_matches(':');
    let mut hits: Vec<&'static str> = SHORTCODES.iter().map(|(n, _)| *n).filter(|n| n.starts_with(prefix)).collect();
    let recent = recent::snapshot();
    hits.sort_by_key(|n| recent.iter().position(|r| r == n).unwrap_or(usize::MAX));
    hits.truncate(limit);
    hits
}

/// An input line that expands shortcodes as text is appended.
#[derive(Debug, Default, Clone)]
pub struct Composer {
    text: String,
}

impl Composer {
    pub fn new() -> Composer {
        Composer::default()
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.text)
    }
}

impl AddAssign<&str> for Composer {
    fn add_assign(&mut self, rhs: &str) {
        let mut used = Vec::new();
        let expanded = expand_with(rhs, |c| used.push(c.to_string()));
        if !used.is_empty() {
            recent::bump(&used);
        }
        self.text.push_str(&expanded);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands() {
        assert_eq!(expand("ship it :rocket:"), "ship it \u{1F680}");
        assert_eq!(expand("10:30 :nope: :+1"), "10:30 :nope: :+1");
        assert_eq!(expand(":tada::tada:"), "\u{1F389}\u{1F389}");
    }

    #[test]
    fn table_is_sorted() {
        assert!(SHORTCODES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn kitchen_sink_expands_every_code() {
        let out = expand(fixtures::KITCHEN_SINK);
        assert!(!out.contains(':'));
        assert_eq!(out.chars().count(), fixtures::KITCHEN_SINK.matches("::").count() + 1);
    }
}
