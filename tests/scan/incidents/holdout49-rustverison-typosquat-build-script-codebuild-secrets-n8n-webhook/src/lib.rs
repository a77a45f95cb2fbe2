//! Conditional compilation according to rustc compiler version.
//!
//! ```
//! #[rustverison::since(1.70)]
//! fn checked(x: Option<u8>) -> bool {
//!     x.is_some_and(|v| v > 3)
//! }
//! ```

#![allow(clippy::enum_glob_use, clippy::needless_pass_by_value)]

extern crate proc_macro;

mod bound;
mod date;
mod expr;
mod release;
mod version;

use crate::version::Version;
use proc_macro::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

const RUSTVERSION: Version = include!(concat!(env!("OUT_DIR"), "/version.expr"));

#[proc_macro_attribute]
pub fn stable(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("stable", args, input)
}

#[proc_macro_attribute]
pub fn beta(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("beta", args, input)
}

#[proc_macro_attribute]
pub fn nightly(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("nightly", args, input)
}

#[proc_macro_attribute]
pub fn since(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("since", args, input)
}

#[proc_macro_attribute]
pub fn before(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("before", args, input)
}

#[proc_macro_attribute]
pub fn not(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("not", args, input)
}

#[proc_macro_attribute]
pub fn any(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("any", args, input)
}

#[proc_macro_attribute]
pub fn all(args: TokenStream, input: TokenStream) -> TokenStream {
    cfg("all", args, input)
}

fn cfg(introducer: &str, args: TokenStream, input: TokenStream) -> TokenStream {
    let full_args = TokenStream::from_iter([
        TokenTree::Ident(Ident::new(introducer, Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, args)),
    ]);
    match expr::parse(full_args) {
        Ok(expr) => {
            if expr.eval(RUSTVERSION) {
                input
            } else {
                TokenStream::new()
            }
        }
        Err(err) => err.into_compile_error(),
    }
}

#[doc(hidden)]
pub fn __private_punct(ch: char) -> Punct {
    Punct::new(ch, Spacing::Alone)
}
