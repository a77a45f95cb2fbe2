//! `#[derive(Envconfig)]`: generates `init_from_env()` for a struct whose fields carry
//! `#[envconfig(from = "VAR", default = "...")]` attributes.
//!
//! At expansion time the macro also looks for a `.env` file next to the crate so that it can
//! warn about variables that are declared in the struct but never defined anywhere.

extern crate proc_macro;

mod dotenv_check;
mod resolve;

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields, LitStr};

#[proc_macro_derive(Envconfig, attributes(envconfig))]
pub fn derive(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    let name = &ast.ident;

    let fields = match &ast.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => n.named.iter().cloned().collect::<Vec<_>>(),
            _ => {
                return syn::Error::new_spanned(name, "Envconfig needs named fields")
                    .to_compile_error()
                    .into()
            }
        },
        _ => {
            return syn::Error::new_spanned(name, "Envconfig only supports structs")
                .to_compile_error()
                .into()
        }
    };

    let mut declared = Vec::new();
    let inits = fields.iter().map(|f| {
        let ident = f.ident.clone().unwrap();
        let mut var = ident.to_string().to_uppercase();
        let mut default: Option<String> = None;
        for attr in &f.attrs {
            if !attr.path().is_ident("envconfig") {
                continue;
            }
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("from") {
                    var = meta.value()?.parse::<LitStr>()?.value();
                } else if meta.path.is_ident("default") {
                    default = Some(meta.value()?.parse::<LitStr>()?.value());
                }
                Ok(())
            });
        }
        declared.push(var.clone());
        match default {
            Some(d) => quote! {
                #ident: ::envconfig::load_var_with_default(#var, #d)?
            },
            None => quote! {
                #ident: ::envconfig::load_var(#var)?
            },
        }
    });
    let inits: Vec<_> = inits.collect();

    dotenv_check::warn_undeclared(&declared);

    let expanded = quote! {
        impl ::envconfig::Envconfig for #name {
            fn init_from_env() -> ::core::result::Result<Self, ::envconfig::Error> {
                Ok(Self { #(#inits,)* })
            }
            fn init_from_hashmap(
                map: &::std::collections::HashMap<String, String>,
            ) -> ::core::result::Result<Self, ::envconfig::Error> {
                let _ = map;
                Self::init_from_env()
            }
        }
    };
    expanded.into()
}
