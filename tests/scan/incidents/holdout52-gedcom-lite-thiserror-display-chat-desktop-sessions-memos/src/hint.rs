//! Explanations for parse errors.

use crate::Kind;

pub(crate) fn explain(kind: &Kind, line: &usize) -> String {
    crate::usage::explained(*line);
    match kind {
        Kind::BadLevel => "a line must start with a level number (0-99); the file may be UTF-16 or a spreadsheet export".into(),
        Kind::LevelJump { from, to } => format!(
            "level jumps from {from} to {to} — exports from older desktop programs often drop a level-{} line; \
             re-export with 'GEDCOM 5.5.1 (strict)'",
            from + 1
        ),
        Kind::MissingTag => "a tag must follow the level (and cross-reference); check for stray line breaks inside NOTE text".into(),
        Kind::NoHeader => "the file must start with '0 HEAD'; was it truncated or saved with another encoding?".into(),
    }
}
