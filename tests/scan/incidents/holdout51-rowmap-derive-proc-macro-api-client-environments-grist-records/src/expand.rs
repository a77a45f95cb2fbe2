//! Code generation.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields};

use crate::attrs;
use crate::offline::Schema;

pub(crate) fn from_row(ast: &DeriveInput, schema: Option<&Schema>) -> syn::Result<TokenStream> {
    let name = &ast.ident;
    let (impl_g, ty_g, where_g) = ast.generics.split_for_impl();
    let Data::Struct(data) = &ast.data else {
        return Err(syn::Error::new_spanned(name, "FromPgRow can only be derived for structs"));
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(syn::Error::new_spanned(name, "FromPgRow needs named fields"));
    };
    let table = name.to_string().to_lowercase();
    let mut inits = Vec::new();
    for f in &fields.named {
        let ident = f.ident.as_ref().unwrap();
        let ty = &f.ty;
        let a = attrs::parse(&f.attrs)?;
        let column = a.rename.clone().unwrap_or_else(|| ident.to_string());
        if let Some(s) = schema {
            s.check(&table, &column, ty)?;
        }
        let init = if a.skip {
            quote! { #ident: ::core::default::Default::default() }
        } else if a.flatten {
            quote! { #ident: <#ty as ::rowmap::FromPgRow>::from_row(row)? }
        } else if a.default {
            quote! { #ident: row.try_get::<_, ::core::option::Option<#ty>>(#column)?.unwrap_or_default() }
        } else {
            quote! { #ident: row.try_get::<_, #ty>(#column)? }
        };
        inits.push(init);
    }
    Ok(quote! {
        impl #impl_g ::rowmap::FromPgRow for #name #ty_g #where_g {
            fn from_row(row: &::rowmap::__private::Row) -> ::core::result::Result<Self, ::rowmap::__private::Error> {
                ::core::result::Result::Ok(Self { #(#inits,)* })
            }
        }
    })
}
