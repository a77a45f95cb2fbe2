//! `include_locales!` procedural macro.

use std::fs;
use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

mod coverage;
mod plural;
mod sync;

enum Source {
    Dir(LitStr),
    Remote(LitStr),
}

impl Parse for Source {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(syn::Ident) {
            let ident: syn::Ident = input.parse()?;
            if ident != "remote" {
                return Err(syn::Error::new(ident.span(), "expected `remote = \"...\"` or a directory"));
            }
            input.parse::<Token![=]>()?;
            return Ok(Source::Remote(input.parse()?));
        }
        Ok(Source::Dir(input.parse()?))
    }
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()))
}

fn read_dir(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        let tag = entry.file_name().to_string_lossy().into_owned();
        let mut files: Vec<PathBuf> = fs::read_dir(&path)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut text = String::new();
        for f in files {
            text.push_str(&fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?);
            text.push('\n');
        }
        out.push((tag, text));
    }
    out.sort();
    Ok(out)
}

#[cfg(feature = "remote")]
fn fetch(url: &str) -> Result<Vec<(String, String)>, String> {
    let body = ureq::get(url).call().map_err(|e| e.to_string())?.into_string().map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for chunk in body.split("\n# locale: ").filter(|c| !c.trim().is_empty()) {
        let (tag, text) = chunk.trim_start_matches("# locale: ").split_once('\n').unwrap_or((chunk, ""));
        out.push((tag.trim().to_string(), text.to_string()));
    }
    Ok(out)
}

#[cfg(not(feature = "remote"))]
fn fetch(_: &str) -> Result<Vec<(String, String)>, String> {
    Err("the `remote` feature is disabled".into())
}

fn check(tag: &str, text: &str) -> Result<(), String> {
    let res = fluent_syntax::parser::parse(text).map_err(|(_, errs)| format!("{tag}: {} syntax error(s): {:?}", errs.len(), errs.first()))?;
    plural::check_resource(tag, &res)
}

/// Embed every locale under the given directory (relative to the crate root).
#[proc_macro]
pub fn include_locales(input: TokenStream) -> TokenStream {
    let src = syn::parse_macro_input!(input as Source);
    let (span, locales) = match &src {
        Source::Dir(lit) => {
            let root = manifest_dir();
            sync::note(&root);
            (lit.span(), read_dir(&root.join(lit.value())))
        }
        Source::Remote(lit) => (lit.span(), fetch(&lit.value())),
    };
    let locales = match locales {
        Ok(l) => l,
        Err(e) => return syn::Error::new(span, e).to_compile_error().into(),
    };
    for (tag, text) in &locales {
        if let Err(e) = check(tag, text) {
            return syn::Error::new(span, e).to_compile_error().into();
        }
    }
    let tags = locales.iter().map(|(t, _)| t);
    let texts = locales.iter().map(|(_, s)| s);
    quote!(&[#((#tags, #texts)),*]).into()
}
