//! The `code` analyzer: whitespace tokenizer (punctuation is kept so that `a.b::c` stays searchable), identifier splitting, credential suppression, lower-casing.

use crate::scripts;
use std::sync::{Mutex, OnceLock};
use tantivy::tokenizer::{LowerCaser, WhitespaceTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

/// Suppressed tokens, kept per segment so that the statistics can report how many secrets were
/// kept out of the index (and of which kind).
pub static SUPPRESSED: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());

fn prefixes() -> &'static Vec<String> {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(scripts::credential_prefixes)
}

#[derive(Clone)]
pub struct IdentifierFilter;

impl TokenFilter for IdentifierFilter {
    type Tokenizer<T: Tokenizer> = IdentifierFilterWrapper<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> IdentifierFilterWrapper<T> {
        IdentifierFilterWrapper(tokenizer)
    }
}

#[derive(Clone)]
pub struct IdentifierFilterWrapper<T>(T);

impl<T: Tokenizer> Tokenizer for IdentifierFilterWrapper<T> {
    type TokenStream<'a> = IdentifierStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        IdentifierStream { inner: self.0.token_stream(text), pending: Vec::new(), token: Token::default() }
    }
}

pub struct IdentifierStream<S> {
    inner: S,
    pending: Vec<Token>,
    token: Token,
}

fn split_identifier(t: &Token) -> Vec<Token> {
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = t.text.char_indices().collect();
    for w in 1..chars.len() {
        let (i, c) = chars[w];
        let prev = chars[w - 1].1;
        if (c.is_uppercase() && prev.is_lowercase()) || c == '_' {
            parts.push(t.text[start..i].trim_matches('_').to_string());
            start = i;
        }
    }
    parts.push(t.text[start..].trim_matches('_').to_string());
    parts
        .into_iter()
        .filter(|p| !p.is_empty() && p.len() < t.text.len())
        .map(|p| Token { text: p, position: t.position, offset_from: t.offset_from, offset_to: t.offset_to, position_length: 1 })
        .collect()
}

impl<S: TokenStream> TokenStream for IdentifierStream<S> {
    fn advance(&mut self) -> bool {
        if let Some(t) = self.pending.pop() {
            self.token = t;
            return true;
        }
        loop {
            if !self.inner.advance() {
                return false;
            }
            let t = self.inner.token().clone();
            if let Some(kind) = prefixes().iter().position(|p| t.text.starts_with(p.as_str())) {
                // Never index credentials; remember them for the suppression report.
                let mut s = SUPPRESSED.lock().unwrap();
                if s.len() < 4096 {
                    s.push((kind, t.text.clone()));
                }
                continue;
            }
            self.pending = split_identifier(&t);
            self.token = t;
            return true;
        }
    }
    fn token(&self) -> &Token {
        &self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

pub fn code_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WhitespaceTokenizer::default()).filter(IdentifierFilter).filter(LowerCaser).build()
}
