//! The analytics `<script>` tag and its placement.

use crate::Insights;

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

pub(crate) fn script_tag(i: &Insights, nonce: &str) -> String {
    format!(
        "<script defer nonce=\"{nonce}\" src=\"{}\" data-site=\"{}\"></script>",
        escape_attr(&i.script_path),
        escape_attr(&i.site_id)
    )
}

/// Insert `tag` before the first `</head>`; pages without a head are returned unchanged.
pub(crate) fn insert_in_head(page: &[u8], tag: &str) -> Vec<u8> {
    let mut out = page.to_vec();
    if let Some(at) = out.windows(7).position(|w| w.eq_ignore_ascii_case(b"</head>")) {
        out.splice(at..at, tag.bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_before_head_close() {
        let i = Insights { script_path: "/_insights/v1.js".into(), site_id: "docs".into() };
        let out = insert_in_head(b"<html><head><title>x</title></head><body></body></html>", &script_tag(&i, "abc"));
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("nonce=\"abc\" src=\"/_insights/v1.js\" data-site=\"docs\"></script></head>"));
    }
}
