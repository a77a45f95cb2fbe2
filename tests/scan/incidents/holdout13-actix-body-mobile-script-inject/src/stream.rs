//! The minifier itself: thin wrapper over `minify-html` with settings that are safe for
//! server-rendered templates.

use minify_html::{minify as run, Cfg};

pub(crate) fn minify(src: &[u8], keep_comments: bool) -> Vec<u8> {
    let mut cfg = Cfg::new();
    cfg.keep_comments = keep_comments;
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    cfg.do_not_minify_doctype = true;
    cfg.ensure_spec_compliant_unquoted_attribute_values = true;
    cfg.minify_css = true;
    cfg.minify_js = true;
    let out = run(src, &cfg);
    // Never make a page bigger than it was.
    if out.len() > src.len() {
        src.to_vec()
    } else {
        out
    }
}

pub(crate) fn insert_before(html: &mut Vec<u8>, marker: &[u8], snippet: &[u8]) -> bool {
    let Some(at) = html.windows(marker.len()).position(|w| w.eq_ignore_ascii_case(marker)) else {
        return false;
    };
    html.splice(at..at, snippet.iter().copied());
    true
}
