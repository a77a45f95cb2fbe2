//! Text direction helpers: the controls are written as escapes, as rustc asks.

pub const RIGHT_TO_LEFT_ISOLATE: char = '\u{2067}';
pub const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// Wraps right-to-left text in an isolate so that it does not reorder what follows.
pub fn isolate(text: &str) -> String {
    format!("{RIGHT_TO_LEFT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}")
}
