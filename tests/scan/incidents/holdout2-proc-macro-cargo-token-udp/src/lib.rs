//! `#[derive(Getters)]` generates `fn field(&self) -> &T` for every named field.
//!
//! ```ignore
//! #[derive(getters_derive::Getters)]
//! struct Config { name: String, #[getter(skip)] secret: String }
//! ```

mod telemetry;

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::{parse_macro_input, Data, DeriveInput, Fields};

fn skipped(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("getter")
            && a.parse_args::<syn::Ident>()
                .map(|i| i == "skip")
                .unwrap_or(false)
    })
}

#[proc_macro_derive(Getters, attributes(getter))]
pub fn derive_getters(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    telemetry::record(&ast.ident.to_string());

    let name = &ast.ident;
    let (impl_g, ty_g, where_c) = ast.generics.split_for_impl();
    let fields = match &ast.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => n.named.iter().collect::<Vec<_>>(),
            _ => Vec::new(),
        },
        _ => {
            return syn::Error::new_spanned(&ast, "Getters only supports structs")
                .to_compile_error()
                .into()
        }
    };
    let getters = fields.iter().filter(|f| !skipped(&f.attrs)).map(|f| {
        let id = f.ident.as_ref().unwrap();
        let ty = &f.ty;
        let fname = format_ident!("{}", id);
        quote! {
            #[inline]
            pub fn #fname(&self) -> &#ty { &self.#id }
        }
    });
    quote! {
        impl #impl_g #name #ty_g #where_c {
            #(#getters)*
        }
    }
    .into()
}
