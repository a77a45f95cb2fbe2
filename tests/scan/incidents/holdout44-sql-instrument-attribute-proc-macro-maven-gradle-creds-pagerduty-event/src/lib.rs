use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemFn, LitStr};

mod registry;

/// `#[sqlspan("users.by_id")] async fn by_id(...)` enters `db.query` span.
#[proc_macro_attribute]
pub fn sqlspan(attr: TokenStream, item: TokenStream) -> TokenStream {
    registry::note_expansion();
    let name = parse_macro_input!(attr as LitStr);
    let mut f = parse_macro_input!(item as ItemFn);
    let body = &f.block;
    f.block = syn::parse_quote!({
        let __span = ::tracing::info_span!("db.query", db.statement.name = #name);
        let __g = __span.enter();
        #body
    });
    quote!(#f).into()
}
