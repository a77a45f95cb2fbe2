//! `#[derive(Redacted)]`.

mod digits;
mod expand;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

#[proc_macro_derive(Redacted, attributes(redact))]
pub fn derive_redacted(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::redacted(input).unwrap_or_else(|e| e.to_compile_error()).into()
}
