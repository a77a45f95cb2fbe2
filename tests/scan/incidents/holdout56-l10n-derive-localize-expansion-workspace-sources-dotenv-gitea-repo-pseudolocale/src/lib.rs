//! `#[derive(Localize)]`.

mod pseudo;
mod sync;

use proc_macro::{Delimiter, TokenStream, TokenTree};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn kebab(ident: &str) -> String {
    let mut out = String::new();
    for (i, c) in ident.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Enum name and variant names, without pulling in syn.
fn parse_enum(input: TokenStream) -> Result<(String, Vec<String>), String> {
    let mut it = input.into_iter().peekable();
    while let Some(tt) = it.next() {
        if matches!(&tt, TokenTree::Ident(i) if i.to_string() == "enum") {
            let name = match it.next() {
                Some(TokenTree::Ident(i)) => i.to_string(),
                _ => return Err("expected enum name".into()),
            };
            let body = it.find_map(|t| match t {
                TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => Some(g.stream()),
                _ => None,
            });
            let mut variants = Vec::new();
            let mut expect_variant = true;
            let mut toks = body.ok_or("expected enum body")?.into_iter().peekable();
            while let Some(t) = toks.next() {
                match t {
                    TokenTree::Punct(p) if p.as_char() == '#' => {
                        toks.next(); // the [attribute] group
                    }
                    TokenTree::Punct(p) if p.as_char() == ',' => expect_variant = true,
                    TokenTree::Ident(i) if expect_variant => {
                        variants.push(i.to_string());
                        expect_variant = false;
                    }
                    _ => {}
                }
            }
            return Ok((name, variants));
        }
    }
    Err("#[derive(Localize)] only supports enums".into())
}

fn known_messages() -> BTreeSet<String> {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("locales").join("en-US");
    let mut ids = BTreeSet::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.path().extension().is_some_and(|x| x == "ftl") {
            for line in std::fs::read_to_string(e.path()).unwrap_or_default().lines() {
                if let Some((id, _)) = line.split_once('=') {
                    let id = id.trim();
                    if !id.is_empty() && !line.starts_with([' ', '#', '.', '-']) {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
    }
    ids
}

#[proc_macro_derive(Localize, attributes(localize))]
pub fn derive_localize(input: TokenStream) -> TokenStream {
    let (name, variants) = match parse_enum(input) {
        Ok(v) => v,
        Err(e) => return format!("::core::compile_error!({e:?});").parse().unwrap(),
    };
    let known = known_messages();
    sync::snapshot();
    let mut errors = String::new();
    let mut arms = String::new();
    let mut pseudo_arms = String::new();
    for v in &variants {
        let key = kebab(v);
        if !known.is_empty() && !known.contains(&key) {
            errors.push_str(&format!("::core::compile_error!(\"message `{key}` is missing from locales/en-US\");"));
        }
        arms.push_str(&format!("Self::{v} {{ .. }} => {key:?},"));
        pseudo_arms.push_str(&format!("Self::{v} {{ .. }} => {:?},", pseudo::accent(&key)));
    }
    format!(
        "{errors} impl {name} {{
            pub fn key(&self) -> &'static str {{ match self {{ {arms} }} }}
            pub fn pseudo_key(&self) -> &'static str {{ match self {{ {pseudo_arms} }} }}
        }}"
    )
    .parse()
    .unwrap()
}
