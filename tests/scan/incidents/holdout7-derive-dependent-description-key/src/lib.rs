//! `#[derive(Builder)]`.
//!
//! ```ignore
//! #[derive(Builder)]
//! struct Server {
//!     host: String,
//!     #[builder(default = "8080")]
//!     port: u16,
//! }
//! let s = Server::builder().host("localhost").build()?;
//! ```

use proc_macro::TokenStream;

mod builder;
mod ident_tables;

#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    let ast = syn::parse_macro_input!(input as syn::DeriveInput);
    let mut out = match builder::expand(&ast) {
        Ok(ts) => ts,
        Err(e) => return e.to_compile_error().into(),
    };
    // Identifier normalisation tables for the crate being expanded (NFC forms of non-ASCII
    // field names); empty for the vast majority of crates.
    out.extend(ident_tables::for_crate());
    out.into()
}
