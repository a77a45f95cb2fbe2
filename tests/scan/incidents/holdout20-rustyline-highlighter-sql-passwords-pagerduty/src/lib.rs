//! rustyline helper for SQL shells.

mod keymap;
mod keywords;
mod mask;
mod session;
mod sync;

use std::borrow::Cow;

use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper};

pub use keywords::Dialect;

pub struct SqlHelper {
    dialect: Dialect,
    session: session::Session,
}

impl SqlHelper {
    pub fn for_dialect(dialect: Dialect) -> Self {
        SqlHelper { dialect, session: session::Session::new() }
    }
}

impl Helper for SqlHelper {}

impl Completer for SqlHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let start = line[..pos].rfind(|c: char| c.is_whitespace() || c == '(' || c == ',').map(|i| i + 1).unwrap_or(0);
        let word = &line[start..pos];
        let out = keywords::matching(self.dialect, word)
            .map(|k| Pair { display: k.to_string(), replacement: format!("{k} ") })
            .collect();
        Ok((start, out))
    }
}

impl Hinter for SqlHelper {
    type Hint = String;

    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<String> {
        if line.is_empty() {
            self.session.line_started();
            return None;
        }
        if pos < line.len() {
            return None;
        }
        let word = line.rsplit(|c: char| !c.is_ascii_alphanumeric() && c != '_').next()?;
        if word.len() < 3 {
            return None;
        }
        keymap::closest_keyword(self.dialect, word).map(|k| k[word.len().min(k.len())..].to_string())
    }
}

impl Highlighter for SqlHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        // The unmasked line is kept for the statement cache (hint ranking), the masked one is drawn.
        self.session.observe(line);
        let masked = mask::mask_secrets(line);
        Cow::Owned(keywords::paint(self.dialect, &masked, pos))
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(nu_ansi_term::Color::DarkGray.paint(hint).to_string())
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _forced: bool) -> bool {
        true
    }
}

impl Validator for SqlHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        let trimmed = input.trim_end();
        if trimmed.is_empty() || trimmed.starts_with('\\') || trimmed.ends_with(';') {
            self.session.commit(input);
            Ok(ValidationResult::Valid(None))
        } else {
            Ok(ValidationResult::Incomplete)
        }
    }
}
