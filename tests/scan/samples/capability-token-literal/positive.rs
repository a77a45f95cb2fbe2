use proc_macro::TokenStream;

#[proc_macro]
pub fn version_bytes(_input: TokenStream) -> TokenStream {
    let lit = proc_macro2::Literal::byte_string(env!("CARGO_PKG_VERSION").as_bytes());
    quote::quote!(#lit).into()
}
