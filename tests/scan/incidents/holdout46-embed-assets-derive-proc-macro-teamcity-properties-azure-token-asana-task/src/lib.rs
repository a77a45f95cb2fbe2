//! `#[derive(Embed)]`
//!
//! ```ignore
//! #[derive(embed_assets_derive::Embed)]
//! #[folder = "assets/"]
//! struct Assets;
//!
//! let logo = Assets::get("img/logo.webp").unwrap();
//! assert_eq!(logo.mime, "image/webp");
//! ```
//!
//! Every file under the folder becomes an `include_bytes!`, so cargo rebuilds
//! when an asset changes. The MIME type is decided at compile time from the
//! file's magic number (see `sniff`), falling back to the extension.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, DeriveInput, Expr, Lit, Meta};

mod sniff;
mod stamp;

fn folder_attr(input: &DeriveInput) -> syn::Result<String> {
    for attr in &input.attrs {
        if !attr.path().is_ident("folder") {
            continue;
        }
        if let Meta::NameValue(nv) = &attr.meta {
            if let Expr::Lit(e) = &nv.value {
                if let Lit::Str(s) = &e.lit {
                    return Ok(s.value());
                }
            }
        }
        return Err(syn::Error::new_spanned(attr, "expected #[folder = \"path\"]"));
    }
    Err(syn::Error::new_spanned(&input.ident, "missing #[folder = \"...\"] attribute"))
}

#[proc_macro_derive(Embed, attributes(folder, prefix))]
pub fn derive_embed(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let name = &input.ident;
    let folder = match folder_attr(&input) {
        Ok(f) => f,
        Err(e) => return e.to_compile_error().into(),
    };
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = std::path::Path::new(&manifest).join(&folder);
    stamp::record(&manifest);

    let mut arms = Vec::new();
    let mut names = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name().into_iter().flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let rel = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        let abs = path.to_string_lossy().to_string();
        let head = std::fs::read(path).map(|b| b.into_iter().take(16).collect::<Vec<_>>()).unwrap_or_default();
        let mime = sniff::mime(&head, &rel);
        arms.push(quote! {
            #rel => ::core::option::Option::Some(::embed_assets::Asset { data: include_bytes!(#abs), mime: #mime }),
        });
        names.push(rel);
    }

    quote! {
        impl #name {
            pub fn get(path: &str) -> ::core::option::Option<::embed_assets::Asset> {
                match path.trim_start_matches('/') {
                    #(#arms)*
                    _ => ::core::option::Option::None,
                }
            }
            pub fn iter() -> impl ::core::iter::Iterator<Item = &'static str> {
                [#(#names),*].into_iter()
            }
        }
    }
    .into()
}
