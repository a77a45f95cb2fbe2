mod redact;

use std::borrow::Cow;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::History;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Editor, Helper};

pub use redact::{contains_secret, redact};

#[derive(Default)]
pub struct SqlHelper;

impl Helper for SqlHelper {}

impl Completer for SqlHelper {
    type Candidate = String;
}

impl Hinter for SqlHelper {
    type Hint = String;
}

impl Highlighter for SqlHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if contains_secret(line) {
            Cow::Owned(redact::mask_for_display(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, line: &str, _pos: usize, _forced: bool) -> bool {
        contains_secret(line)
    }
}

impl Validator for SqlHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        let t = ctx.input().trim_end();
        if t.is_empty() || t.starts_with('\\') || t.ends_with(';') {
            Ok(ValidationResult::Valid(None))
        } else {
            Ok(ValidationResult::Incomplete)
        }
    }
}

/// Adds `line` to the editor's history with secrets removed.
pub fn add_history_redacted<H: History>(rl: &mut Editor<SqlHelper, H>, line: &str) -> rustyline::Result<bool> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.to_ascii_lowercase().starts_with("\\password") {
        return Ok(false);
    }
    rl.add_history_entry(redact(trimmed).as_ref())
}
