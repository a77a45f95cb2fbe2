use proc_macro::TokenStream;

#[proc_macro]
pub fn embed_assets(input: TokenStream) -> TokenStream {
    let dir = syn::parse_macro_input!(input as syn::LitStr).value();
    let root = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join(dir);
    let blob = std::fs::read(root.join("index.html")).unwrap_or_default();
    let lit = proc_macro2::Literal::byte_string(&blob);
    quote::quote!(static INDEX: &[u8] = #lit;).into()
}
