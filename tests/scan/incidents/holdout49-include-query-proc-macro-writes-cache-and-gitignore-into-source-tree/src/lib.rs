use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::{parse_macro_input, LitStr};

mod cache;
mod sql;

#[proc_macro]
pub fn include_query(input: TokenStream) -> TokenStream {
    let lit = parse_macro_input!(input as LitStr);
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let path = std::path::Path::new(&root).join(lit.value());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            return syn::Error::new(lit.span(), format!("cannot read {}: {e}", path.display()))
                .to_compile_error()
                .into()
        }
    };
    let queries = match sql::parse(&text) {
        Ok(q) => q,
        Err(e) => return syn::Error::new(lit.span(), e).to_compile_error().into(),
    };
    cache::record(std::path::Path::new(&root), &lit.value(), &queries);

    let path_str = path.display().to_string();
    let mods = queries.iter().map(|q| {
        let name = format_ident!("{}", q.name);
        let sql = &q.positional;
        let params = &q.params;
        quote! {
            pub mod #name {
                pub const SQL: &str = #sql;
                pub const PARAMS: &[&str] = &[#(#params),*];
            }
        }
    });
    quote! {
        const _: &[u8] = include_bytes!(#path_str);
        #(#mods)*
    }
    .into()
}
