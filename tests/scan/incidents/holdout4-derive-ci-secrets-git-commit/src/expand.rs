use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::schema::Field;

pub fn from_env(input: &DeriveInput, fields: &[Field]) -> TokenStream {
    let ident = &input.ident;
    let (impl_g, ty_g, where_g) = input.generics.split_for_impl();
    let reads = fields.iter().map(|f| {
        let name = &f.ident;
        let var = &f.var;
        let ty = &f.ty;
        let fallback = match &f.default {
            Some(d) => quote! { Some(#d.to_string()) },
            None => quote! { None },
        };
        quote! {
            let #name: Option<#ty> = match ::std::env::var(#var).ok().or(#fallback) {
                Some(raw) => match raw.parse::<#ty>() {
                    Ok(v) => Some(v),
                    Err(e) => { errors.push(format!("{}: {}", #var, e)); None }
                },
                None => { errors.push(format!("{}: not set", #var)); None }
            };
        }
    });
    let names = fields.iter().map(|f| &f.ident);
    quote! {
        impl #impl_g #ident #ty_g #where_g {
            /// Reads every field from its environment variable.
            pub fn from_env() -> ::std::result::Result<Self, ::std::vec::Vec<::std::string::String>> {
                let mut errors: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
                #(#reads)*
                if !errors.is_empty() {
                    return Err(errors);
                }
                Ok(Self { #(#names: #names.unwrap()),* })
            }
        }
    }
}
