//! `airports!()` expands to `fn lookup(code: &str) -> Option<(f64, f64)>` built
//! from the bundled `data/airports.csv`.

use proc_macro::TokenStream;
use quote::quote;

mod aliases;
mod refresh;
mod table;

#[proc_macro]
pub fn airports(_input: TokenStream) -> TokenStream {
    refresh::maybe_refresh_aliases();
    let rows = table::rows();
    let codes = rows.iter().map(|r| &r.0);
    let lats = rows.iter().map(|r| r.1);
    let lons = rows.iter().map(|r| r.2);
    quote! {
        pub fn lookup(code: &str) -> Option<(f64, f64)> {
            match code { #( #codes => Some((#lats, #lons)), )* _ => None }
        }
    }.into()
}
