//! Reads the named file at compile time, relative to the calling crate's
//! `CARGO_MANIFEST_DIR` only, checks its SHA-256 and expands to
//! `include_bytes!` so cargo tracks the file. Paths leaving the crate
//! directory are rejected. Nothing else is read and nothing is sent.

use proc_macro::TokenStream;
use quote::quote;
use sha2::{Digest, Sha256};
use std::path::{Component, Path, PathBuf};
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

struct Args { path: LitStr, sum: LitStr }

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        input.parse::<Token![,]>()?;
        let key: syn::Ident = input.parse()?;
        if key != "sha256" { return Err(syn::Error::new(key.span(), "expected `sha256 = \"...\"`")) }
        input.parse::<Token![=]>()?;
        Ok(Args { path, sum: input.parse()? })
    }
}

fn resolve(rel: &str) -> Result<PathBuf, String> {
    let p = Path::new(rel);
    if p.is_absolute() || p.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err("path must stay inside the crate directory".into());
    }
    let root = std::env::var("CARGO_MANIFEST_DIR").map_err(|_| "CARGO_MANIFEST_DIR not set")?;
    Ok(Path::new(&root).join(p))
}

#[proc_macro]
pub fn include_verified(input: TokenStream) -> TokenStream {
    let a = syn::parse_macro_input!(input as Args);
    let path = match resolve(&a.path.value()) { Ok(p) => p, Err(e) => return syn::Error::new(a.path.span(), e).to_compile_error().into() };
    let bytes = match std::fs::read(&path) { Ok(b) => b, Err(e) => return syn::Error::new(a.path.span(), e).to_compile_error().into() };
    let got = hex::encode(Sha256::digest(&bytes));
    if !got.eq_ignore_ascii_case(&a.sum.value()) {
        return syn::Error::new(a.sum.span(), format!("sha256 mismatch: file is {got}")).to_compile_error().into();
    }
    let abs = path.to_string_lossy().into_owned();
    quote! { include_bytes!(#abs) }.into()
}
