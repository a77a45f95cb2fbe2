use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Data, DeriveInput, Fields, LitStr};

struct Field {
    ident: syn::Ident,
    ty: syn::Type,
    default: Option<syn::Expr>,
}

fn fields(ast: &DeriveInput) -> syn::Result<Vec<Field>> {
    let named = match &ast.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => &n.named,
            _ => return Err(syn::Error::new_spanned(&ast.ident, "Builder needs named fields")),
        },
        _ => return Err(syn::Error::new_spanned(&ast.ident, "Builder only supports structs")),
    };
    let mut out = Vec::new();
    for f in named {
        let mut default = None;
        for attr in &f.attrs {
            if attr.path().is_ident("builder") {
                attr.parse_nested_meta(|m| {
                    if m.path.is_ident("default") {
                        let s: LitStr = m.value()?.parse()?;
                        default = Some(s.parse()?);
                    }
                    Ok(())
                })?;
            }
        }
        out.push(Field { ident: f.ident.clone().unwrap(), ty: f.ty.clone(), default });
    }
    Ok(out)
}

pub(crate) fn expand(ast: &DeriveInput) -> syn::Result<TokenStream> {
    let name = &ast.ident;
    let builder = format_ident!("{}Builder", name);
    let fs = fields(ast)?;
    let decls = fs.iter().map(|f| {
        let (i, t) = (&f.ident, &f.ty);
        quote! { #i: ::core::option::Option<#t> }
    });
    let setters = fs.iter().map(|f| {
        let (i, t) = (&f.ident, &f.ty);
        quote! {
            pub fn #i(mut self, v: impl ::core::convert::Into<#t>) -> Self {
                self.#i = ::core::option::Option::Some(v.into());
                self
            }
        }
    });
    let builds = fs.iter().map(|f| {
        let i = &f.ident;
        let missing = format!("missing field `{}`", i);
        match &f.default {
            Some(d) => quote! { #i: self.#i.unwrap_or_else(|| #d) },
            None => quote! { #i: self.#i.ok_or(#missing)? },
        }
    });
    let (ig, tg, wc) = ast.generics.split_for_impl();
    Ok(quote! {
        #[derive(Default)]
        pub struct #builder #ig #wc { #(#decls,)* }

        impl #ig #builder #tg #wc {
            #(#setters)*
            pub fn build(self) -> ::core::result::Result<#name #tg, &'static str> {
                ::core::result::Result::Ok(#name { #(#builds,)* })
            }
        }

        impl #ig #name #tg #wc {
            pub fn builder() -> #builder #tg { ::core::default::Default::default() }
        }
    })
}
