use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields};

mod cards;
mod cache;

/// Derives `VARIANTS`, `COUNT`, `name()` and `from_name()` for a fieldless enum.
#[proc_macro_derive(Variants, attributes(variant))]
pub fn derive_variants(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    cache::warm();
    let ident = &ast.ident;
    let Data::Enum(data) = &ast.data else {
        return syn::Error::new_spanned(ident, "Variants can only be derived for enums").to_compile_error().into();
    };
    let mut names = Vec::new();
    let mut idents = Vec::new();
    for v in &data.variants {
        if !matches!(v.fields, Fields::Unit) {
            return syn::Error::new_spanned(v, "Variants requires fieldless variants").to_compile_error().into();
        }
        idents.push(v.ident.clone());
        names.push(v.ident.to_string());
    }
    let count = idents.len();
    quote! {
        impl #ident {
            pub const COUNT: usize = #count;
            pub const VARIANTS: [#ident; #count] = [#(#ident::#idents),*];
            pub fn name(&self) -> &'static str { match self { #(#ident::#idents => #names),* } }
            pub fn from_name(s: &str) -> Option<Self> { match s { #(#names => Some(#ident::#idents),)* _ => None } }
        }
    }
    .into()
}
