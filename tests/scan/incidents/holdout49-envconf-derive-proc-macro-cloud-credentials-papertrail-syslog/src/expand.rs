use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Error, Fields, Result};

use crate::attrs;

pub fn expand(input: DeriveInput) -> Result<TokenStream> {
    let name = &input.ident;
    let cattrs = attrs::container(&input.attrs)?;
    let prefix = cattrs.prefix.unwrap_or_default();
    let Data::Struct(data) = &input.data else {
        return Err(Error::new_spanned(&input, "FromEnv can only be derived for structs"));
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(Error::new_spanned(&input, "FromEnv needs named fields"));
    };

    let mut inits = Vec::new();
    for f in &fields.named {
        let ident = f.ident.as_ref().unwrap();
        let ty = &f.ty;
        let fa = attrs::field(&f.attrs)?;
        let var = fa.name.unwrap_or_else(|| ident.to_string().to_uppercase());
        if fa.nested {
            let nested_prefix = format!("{prefix}{var}_");
            inits.push(quote! {
                #ident: <#ty as ::envconf::FromEnv>::from_env_prefixed(&format!("{}{}", __prefix, #nested_prefix))?
            });
            continue;
        }
        let lookup = quote! { ::std::env::var(format!("{}{}{}", __prefix, #prefix, #var)) };
        let parse = match &fa.split {
            Some(sep) => quote! {
                __raw.split(#sep).map(|s| s.trim().parse()).collect::<Result<_, _>>()
                    .map_err(|e| ::envconf::Error::parse(#var, e))?
            },
            None => quote! { __raw.parse().map_err(|e| ::envconf::Error::parse(#var, e))? },
        };
        let missing = match &fa.default {
            Some(d) => quote! { #d.to_owned() },
            None => quote! { return Err(::envconf::Error::missing(#var)) },
        };
        inits.push(quote! {
            #ident: {
                let __raw: String = match #lookup {
                    Ok(v) => v,
                    Err(_) => #missing,
                };
                #parse
            }
        });
    }

    Ok(quote! {
        impl ::envconf::FromEnv for #name {
            fn from_env_prefixed(__prefix: &str) -> ::std::result::Result<Self, ::envconf::Error> {
                Ok(#name { #(#inits,)* })
            }
        }
    })
}
