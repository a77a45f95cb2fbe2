//! `> [!kind] Title` callouts to `<aside>` elements.

use obsidian_export::{Context, MarkdownEvents, PostprocessorResult};
use pulldown_cmark::{CowStr, Event, Tag};

pub fn callouts_to_html(_ctx: &mut Context, events: &mut MarkdownEvents) -> PostprocessorResult {
    let mut out = Vec::with_capacity(events.len());
    let mut open = 0usize;
    let mut pending_quote = false;
    for ev in events.drain(..) {
        match &ev {
            Event::Start(Tag::BlockQuote) => {
                pending_quote = true;
                continue;
            }
            Event::Text(t) if pending_quote && t.starts_with("[!") => {
                let (kind, title) = t[2..].split_once(']').unwrap_or(("note", ""));
                out.push(Event::Html(CowStr::from(format!("<aside class=\"callout {}\"><p class=\"callout-title\">{}</p>", kind.to_lowercase(), title.trim()))));
                open += 1;
                pending_quote = false;
                continue;
            }
            Event::End(Tag::BlockQuote) if open > 0 => {
                out.push(Event::Html(CowStr::from("</aside>")));
                open -= 1;
                continue;
            }
            _ => {}
        }
        if pending_quote {
            out.push(Event::Start(Tag::BlockQuote));
            pending_quote = false;
        }
        out.push(ev);
    }
    *events = out;
    PostprocessorResult::Continue
}
