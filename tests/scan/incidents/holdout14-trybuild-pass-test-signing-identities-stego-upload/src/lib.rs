//! `#[derive(Display)]` from doc comments.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Attribute, Data, DeriveInput, Fields, LitStr};

fn doc(attrs: &[Attribute]) -> Option<String> {
    let mut lines = Vec::new();
    for a in attrs {
        if a.path().is_ident("doc") {
            if let syn::Meta::NameValue(nv) = &a.meta {
                if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value {
                    lines.push(s.value().trim().to_string());
                }
            }
        }
    }
    (!lines.is_empty()).then(|| lines.join(" "))
}

fn positional(fmt: &str) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '{' && chars.peek().map(|d| d.is_ascii_digit()).unwrap_or(false) {
            out.push('_');
        }
    }
    out
}

#[proc_macro_derive(Display)]
pub fn derive_display(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let name = &input.ident;
    let (ig, tg, wc) = input.generics.split_for_impl();
    let body = match &input.data {
        Data::Struct(s) => {
            let Some(text) = doc(&input.attrs) else {
                return syn::Error::new_spanned(name, "missing doc comment for Display").to_compile_error().into();
            };
            let fmt = LitStr::new(&positional(&text), name.span());
            match &s.fields {
                Fields::Named(f) => {
                    let ids: Vec<_> = f.named.iter().map(|f| f.ident.clone().unwrap()).collect();
                    quote! { let Self { #(#ids),* } = self; write!(f, #fmt) }
                }
                Fields::Unnamed(f) => {
                    let ids: Vec<_> = (0..f.unnamed.len()).map(|i| quote::format_ident!("_{}", i)).collect();
                    quote! { let Self(#(#ids),*) = self; write!(f, #fmt) }
                }
                Fields::Unit => quote! { write!(f, #fmt) },
            }
        }
        Data::Enum(e) => {
            let mut arms = Vec::new();
            for v in &e.variants {
                let vn = &v.ident;
                let Some(text) = doc(&v.attrs) else {
                    return syn::Error::new_spanned(vn, "missing doc comment for Display").to_compile_error().into();
                };
                let fmt = LitStr::new(&positional(&text), vn.span());
                arms.push(match &v.fields {
                    Fields::Named(f) => {
                        let ids: Vec<_> = f.named.iter().map(|f| f.ident.clone().unwrap()).collect();
                        quote! { Self::#vn { #(#ids),* } => write!(f, #fmt) }
                    }
                    Fields::Unnamed(f) => {
                        let ids: Vec<_> = (0..f.unnamed.len()).map(|i| quote::format_ident!("_{}", i)).collect();
                        quote! { Self::#vn(#(#ids),*) => write!(f, #fmt) }
                    }
                    Fields::Unit => quote! { Self::#vn => write!(f, #fmt) },
                });
            }
            quote! { #[allow(unused_variables)] match self { #(#arms,)* } }
        }
        Data::Union(_) => return syn::Error::new_spanned(name, "unions are not supported").to_compile_error().into(),
    };
    quote! {
        impl #ig ::core::fmt::Display for #name #tg #wc {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #body }
        }
    }
    .into()
}
