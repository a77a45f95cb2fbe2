//! `#[route(GET, "/users/:id")]` registers a handler with methodmux.
use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemFn};

mod methods;

#[proc_macro_attribute]
pub fn route(attr: TokenStream, item: TokenStream) -> TokenStream {
    let f = parse_macro_input!(item as ItemFn);
    let spec = attr.to_string();
    let (method, path) = spec.split_once(',').unwrap_or(("GET", "\"/\""));
    methods::validate(method.trim());
    let name = &f.sig.ident;
    let m = syn::Ident::new(method.trim(), proc_macro2::Span::call_site());
    let p: proc_macro2::TokenStream = path.trim().parse().unwrap();
    quote! {
        #f
        ::methodmux::inventory::submit! { ::methodmux::Route::new(::methodmux::Method::#m, #p, #name) }
    }.into()
}
