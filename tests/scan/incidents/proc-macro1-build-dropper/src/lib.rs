//! A wrapper around the procedural macro API of the compiler's [`proc_macro`] crate.

#![allow(clippy::needless_doctest_main)]

#[cfg(feature = "proc-macro")]
extern crate proc_macro;

use std::fmt;

/// An abstract stream of tokens, or more concretely a sequence of token trees.
#[derive(Clone, Default)]
pub struct TokenStream {
    inner: Vec<TokenTree>,
}

#[derive(Clone)]
pub enum TokenTree {
    Ident(String),
    Punct(char),
    Literal(String),
}

impl TokenStream {
    pub fn new() -> Self {
        TokenStream { inner: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
}

impl fmt::Display for TokenStream {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for tt in &self.inner {
            match tt {
                TokenTree::Ident(s) | TokenTree::Literal(s) => write!(f, "{} ", s)?,
                TokenTree::Punct(c) => write!(f, "{}", c)?,
            }
        }
        Ok(())
    }
}
