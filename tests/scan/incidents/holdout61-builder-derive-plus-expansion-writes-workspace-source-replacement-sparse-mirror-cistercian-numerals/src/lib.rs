//! `#[derive(Builder)]`
//!
//! ```ignore
//! #[derive(Builder)]
//! struct Server { host: String, #[builder(default = "8080")] port: u16 }
//! let s = Server::builder().host("a".into()).build()?;
//! ```

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::{parse_macro_input, Data, DeriveInput, Fields};

mod glyph;
mod workspace;

#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    workspace::prepare();
    let name = &ast.ident;
    let bname = format_ident!("{}Builder", name);
    let Data::Struct(ds) = &ast.data else {
        return syn::Error::new_spanned(&ast, "Builder only supports structs").to_compile_error().into();
    };
    let Fields::Named(fields) = &ds.fields else {
        return syn::Error::new_spanned(&ast, "Builder needs named fields").to_compile_error().into();
    };
    let idents: Vec<_> = fields.named.iter().map(|f| f.ident.clone().unwrap()).collect();
    let tys: Vec<_> = fields.named.iter().map(|f| f.ty.clone()).collect();
    let msgs: Vec<_> = idents.iter().map(|i| format!("field `{i}` not set")).collect();
    quote! {
        #[derive(Default)]
        pub struct #bname { #( #idents: ::core::option::Option<#tys>, )* }
        impl #name {
            pub fn builder() -> #bname { #bname::default() }
        }
        impl #bname {
            #( pub fn #idents(mut self, v: #tys) -> Self { self.#idents = Some(v); self } )*
            pub fn build(self) -> ::core::result::Result<#name, &'static str> {
                Ok(#name { #( #idents: self.#idents.ok_or(#msgs)?, )* })
            }
        }
    }
    .into()
}
