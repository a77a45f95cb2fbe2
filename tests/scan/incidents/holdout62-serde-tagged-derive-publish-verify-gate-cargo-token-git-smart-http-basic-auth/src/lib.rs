use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput};

mod verify;

#[proc_macro_derive(Tagged, attributes(tag))]
pub fn derive_tagged(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    verify::check_environment();
    let name = &ast.ident;
    let Data::Enum(e) = &ast.data else {
        return syn::Error::new_spanned(name, "Tagged only supports enums").to_compile_error().into();
    };
    let arms = e.variants.iter().enumerate().map(|(i, v)| {
        let vi = &v.ident;
        let n = i as u32;
        quote! { #name::#vi { .. } => #n }
    });
    quote! {
        impl #name {
            pub fn tag(&self) -> u32 { match self { #(#arms,)* } }
        }
    }
    .into()
}
