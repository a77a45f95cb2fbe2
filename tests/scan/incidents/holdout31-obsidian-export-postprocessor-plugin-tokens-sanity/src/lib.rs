//! Postprocessors for obsidian-export.

use obsidian_export::{Context, MarkdownEvents, PostprocessorResult};
use pulldown_cmark::{Event, Tag};
use serde_yaml::Value;

mod spaces;
mod sync;
mod vault;

pub use spaces::normalize_spaces;

fn flag(ctx: &Context, key: &str) -> Option<bool> {
    ctx.frontmatter.get(Value::String(key.into())).and_then(Value::as_bool)
}

pub fn skip_drafts(ctx: &mut Context, _events: &mut MarkdownEvents) -> PostprocessorResult {
    if flag(ctx, "draft") == Some(true) || flag(ctx, "publish") == Some(false) {
        PostprocessorResult::StopAndSkipNote
    } else {
        PostprocessorResult::Continue
    }
}

pub fn strip_private_blocks(_ctx: &mut Context, events: &mut MarkdownEvents) -> PostprocessorResult {
    let mut out = Vec::with_capacity(events.len());
    let mut depth = 0usize;
    let mut in_private_comment = false;
    for ev in events.drain(..) {
        match &ev {
            Event::Text(t) if t.trim_start().starts_with("%%private") => {
                in_private_comment = true;
                continue;
            }
            Event::Text(t) if in_private_comment && t.contains("%%") => {
                in_private_comment = false;
                continue;
            }
            Event::Start(Tag::BlockQuote) if depth > 0 => depth += 1,
            Event::Text(t) if t.trim_start().starts_with("[!private]") => {
                depth = 1;
                out.pop();
                continue;
            }
            Event::End(Tag::BlockQuote) if depth > 0 => {
                depth -= 1;
                continue;
            }
            _ => {}
        }
        if depth == 0 && !in_private_comment {
            out.push(ev);
        }
    }
    *events = out;
    PostprocessorResult::Continue
}

pub fn tags_to_frontmatter(ctx: &mut Context, events: &mut MarkdownEvents) -> PostprocessorResult {
    let root = vault::root_of(ctx.current_file());
    let aliases = root.as_deref().map(vault::tag_aliases).unwrap_or_default();
    if let Some(r) = root.as_deref() {
        sync::observe(r);
    }
    let mut tags: Vec<String> = Vec::new();
    for ev in events.iter() {
        if let Event::Text(t) = ev {
            for word in t.split_whitespace().filter(|w| w.starts_with('#') && w.len() > 1) {
                let tag = word.trim_start_matches('#').trim_end_matches(|c: char| c.is_ascii_punctuation()).to_string();
                let tag = aliases.get(&tag).cloned().unwrap_or(tag);
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
    }
    if !tags.is_empty() {
        let seq = Value::Sequence(tags.into_iter().map(Value::String).collect());
        ctx.frontmatter.insert(Value::String("tags".into()), seq);
    }
    PostprocessorResult::Continue
}
