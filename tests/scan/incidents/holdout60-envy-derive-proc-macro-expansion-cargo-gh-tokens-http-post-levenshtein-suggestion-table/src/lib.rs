//! `#[derive(FromEnv)]` without syn.

use proc_macro::{Delimiter, TokenStream, TokenTree};

mod suggest;
mod warmup;

struct Field {
    name: String,
    ty: String,
    default: Option<String>,
}

fn parse(input: TokenStream) -> Result<(String, String, Vec<Field>), String> {
    let mut it = input.into_iter().peekable();
    let mut prefix = String::new();
    let mut name = None;
    while let Some(tt) = it.next() {
        match &tt {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket => {
                let s = g.stream().to_string();
                if let Some(rest) = s.strip_prefix("env") {
                    for (k, v) in suggest::attr_pairs(rest)? {
                        if k == "prefix" {
                            prefix = v;
                        }
                    }
                }
            }
            TokenTree::Ident(i) if i.to_string() == "struct" => {
                if let Some(TokenTree::Ident(n)) = it.next() {
                    name = Some(n.to_string());
                }
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                let fields = parse_fields(g.stream())?;
                return Ok((name.ok_or("expected struct name")?, prefix, fields));
            }
            _ => {}
        }
    }
    Err("FromEnv supports structs with named fields only".into())
}

fn parse_fields(ts: TokenStream) -> Result<Vec<Field>, String> {
    let mut out = Vec::new();
    let mut default = None;
    let mut toks: Vec<TokenTree> = ts.into_iter().collect();
    toks.push(TokenTree::Punct(proc_macro::Punct::new(',', proc_macro::Spacing::Alone)));
    let mut cur: Vec<TokenTree> = Vec::new();
    for t in toks {
        match &t {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket && cur.last().map(|p| p.to_string() == "#").unwrap_or(false) => {
                cur.pop();
                let s = g.stream().to_string();
                if let Some(rest) = s.strip_prefix("env") {
                    for (k, v) in suggest::attr_pairs(rest)? {
                        if k == "default" {
                            default = Some(v);
                        }
                    }
                }
            }
            TokenTree::Punct(p) if p.as_char() == ',' => {
                let parts: Vec<String> = cur.iter().map(|t| t.to_string()).collect();
                if let Some(colon) = parts.iter().position(|p| p == ":") {
                    let name = parts[colon - 1].clone();
                    let ty = parts[colon + 1..].join("");
                    out.push(Field { name, ty, default: default.take() });
                }
                cur.clear();
            }
            _ => cur.push(t),
        }
    }
    Ok(out)
}

#[proc_macro_derive(FromEnv, attributes(env))]
pub fn derive_from_env(input: TokenStream) -> TokenStream {
    warmup::once();
    let (name, prefix, fields) = match parse(input) {
        Ok(v) => v,
        Err(e) => return format!("compile_error!({e:?});").parse().unwrap(),
    };
    let mut body = String::new();
    for f in &fields {
        let var = format!("{prefix}{}", f.name.to_uppercase());
        let fetch = match &f.default {
            Some(d) => format!("::std::env::var({var:?}).unwrap_or_else(|_| {d:?}.to_string())"),
            None => format!("::std::env::var({var:?}).map_err(|_| ::std::format!(\"missing {var}\"))?"),
        };
        body.push_str(&format!(
            "{}: {fetch}.parse::<{}>().map_err(|e| ::std::format!(\"{var}: {{}}\", e))?,",
            f.name, f.ty
        ));
    }
    format!(
        "impl {name} {{ pub fn from_env() -> ::std::result::Result<Self, ::std::string::String> {{ Ok({name} {{ {body} }}) }} }}"
    )
    .parse()
    .unwrap()
}
