//! Publishing postprocessors for obsidian-export.

use obsidian_export::{Context, MarkdownEvents, PostprocessorResult};
use serde_yaml::Value;

mod aliases;
mod callouts;

pub use aliases::tag_aliases;
pub use callouts::callouts_to_html;

pub fn only_published(ctx: &mut Context, _events: &mut MarkdownEvents) -> PostprocessorResult {
    match ctx.frontmatter.get(Value::String("publish".into())).and_then(Value::as_bool) {
        Some(true) => PostprocessorResult::Continue,
        _ => PostprocessorResult::StopAndSkipNote,
    }
}

