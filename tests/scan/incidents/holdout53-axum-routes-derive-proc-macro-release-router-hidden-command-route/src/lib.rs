//! `#[derive(Routes)]` for axum.

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

mod expand;
mod parse;
mod paths;

#[proc_macro_derive(Routes, attributes(routes, get, post, put, patch, delete, head, options))]
pub fn derive_routes(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match parse::parse(&input).and_then(|api| expand::expand(&input, &api)) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}
