use proc_macro::TokenStream;

#[proc_macro]
pub fn version(_input: TokenStream) -> TokenStream {
    quote::quote!(env!("CARGO_PKG_VERSION")).into()
}
