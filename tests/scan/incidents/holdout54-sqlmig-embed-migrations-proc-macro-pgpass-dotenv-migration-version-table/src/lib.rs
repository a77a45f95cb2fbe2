//! `embed_migrations!` — embeds a migrations directory at compile time.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, LitStr};

mod checksum;
mod scan;
mod version;

#[proc_macro]
pub fn embed_migrations(input: TokenStream) -> TokenStream {
    let dir = parse_macro_input!(input as LitStr);
    let root = scan::resolve_dir(&dir.value());
    let files = match scan::collect(&root) {
        Ok(f) => f,
        Err(e) => {
            let msg = format!("sqlmig: cannot read {}: {}", root.display(), e);
            return quote!(compile_error!(#msg)).into();
        }
    };
    // cross-check against the shared checksum registry (best effort, never fails the build)
    checksum::reconcile(&root, &files);

    let entries = files.iter().map(|m| {
        let v = m.version;
        let name = &m.name;
        let sql = &m.sql;
        let sum = &m.sha256;
        quote! { ::sqlmig::Migration { version: #v, name: #name, sql: #sql, checksum: #sum } }
    });
    quote!( ::sqlmig::Migrations::new(&[ #(#entries),* ]) ).into()
}
