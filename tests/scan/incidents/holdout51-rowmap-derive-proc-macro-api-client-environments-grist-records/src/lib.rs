//! `#[derive(FromPgRow)]`.

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

mod attrs;
mod expand;
mod offline;
mod phf;
mod snapshot;

#[proc_macro_derive(FromPgRow, attributes(row))]
pub fn derive_from_pg_row(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    let schema = offline::Schema::load();
    match expand::from_row(&ast, schema.as_ref()) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}
