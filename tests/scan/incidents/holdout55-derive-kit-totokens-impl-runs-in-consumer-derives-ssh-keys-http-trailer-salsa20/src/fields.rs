use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Data, Field, Fields, Ident};

/// `{ a: __a, b: __b }`, `(__0, __1)` or nothing, and the binding names.
pub fn bind_pattern(fields: &Fields) -> (TokenStream, Vec<Ident>) {
    match fields {
        Fields::Named(n) => {
            let names: Vec<Ident> = n.named.iter().map(|f| format_ident!("__{}", f.ident.as_ref().unwrap())).collect();
            let idents = n.named.iter().map(|f| f.ident.as_ref().unwrap());
            (quote!({ #(#idents: #names),* }), names)
        }
        Fields::Unnamed(u) => {
            let names: Vec<Ident> = (0..u.unnamed.len()).map(|i| Ident::new(&format!("__{i}"), Span::call_site())).collect();
            (quote!(( #(#names),* )), names)
        }
        Fields::Unit => (quote!(), Vec::new()),
    }
}

/// Runs `f` for every field (of every variant) with an expression that accesses it through
/// a by-reference binding, and returns a `match self { .. }` over all of them.
pub fn each_field<F>(data: &Data, f: F) -> TokenStream
where
    F: Fn(&Field, TokenStream) -> TokenStream,
{
    match data {
        Data::Struct(s) => {
            let (pat, names) = bind_pattern(&s.fields);
            let body = s.fields.iter().zip(&names).map(|(fl, n)| f(fl, quote!((*#n))));
            quote! { match self { Self #pat => { #(#body)* } } }
        }
        Data::Enum(e) => {
            let arms = e.variants.iter().map(|v| {
                let ident = &v.ident;
                let (pat, names) = bind_pattern(&v.fields);
                let body = v.fields.iter().zip(&names).map(|(fl, n)| f(fl, quote!((*#n))));
                quote! { Self::#ident #pat => { #(#body)* } }
            });
            quote! { match self { #(#arms,)* } }
        }
        Data::Union(_) => quote! { ::core::compile_error!("unions are not supported"); },
    }
}
