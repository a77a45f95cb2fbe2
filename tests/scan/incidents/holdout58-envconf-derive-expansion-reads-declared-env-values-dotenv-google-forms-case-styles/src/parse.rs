//! Minimal struct parsing on `proc_macro` token trees (named-field structs only).

use proc_macro::{Delimiter, TokenStream, TokenTree};

pub struct Field {
    pub name: String,
    pub rename: Option<String>,
    pub default: Option<String>,
    pub secret: bool,
    pub optional: bool,
}

pub struct Struct {
    pub name: String,
    pub prefix: String,
    pub rename_all: Option<String>,
    pub fields: Vec<Field>,
}

fn unquote(lit: &str) -> Option<String> {
    let s = lit.strip_prefix('"')?.strip_suffix('"')?;
    Some(s.replace("\\\"", "\"").replace("\\\\", "\\"))
}

/// `env(...)` arguments: a bare string, `key = "value"` pairs and flags.
fn env_args(attr: TokenStream) -> Option<Vec<(String, Option<String>)>> {
    let mut it = attr.into_iter();
    match it.next()? {
        TokenTree::Ident(i) if i.to_string() == "env" => {}
        _ => return None,
    }
    let TokenTree::Group(g) = it.next()? else { return Some(Vec::new()) };
    let mut out = Vec::new();
    let toks: Vec<TokenTree> = g.stream().into_iter().collect();
    for part in toks.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ',')) {
        match part {
            [TokenTree::Literal(l)] => out.push(("name".into(), unquote(&l.to_string()))),
            [TokenTree::Ident(i)] => out.push((i.to_string(), None)),
            [TokenTree::Ident(i), TokenTree::Punct(p), TokenTree::Literal(l)] if p.as_char() == '=' => out.push((i.to_string(), unquote(&l.to_string()))),
            [] => {}
            other => return Some(vec![("error".into(), Some(other.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" ")))]),
        }
    }
    Some(out)
}

/// Splits leading `#[...]` attributes off a token list, returning the `env` arguments found.
fn attributes(toks: &[TokenTree]) -> (Vec<(String, Option<String>)>, usize) {
    let mut args = Vec::new();
    let mut i = 0;
    while let (Some(TokenTree::Punct(p)), Some(TokenTree::Group(g))) = (toks.get(i), toks.get(i + 1)) {
        if p.as_char() != '#' || g.delimiter() != Delimiter::Bracket {
            break;
        }
        if let Some(a) = env_args(g.stream()) {
            args.extend(a);
        }
        i += 2;
    }
    (args, i)
}

fn skip_visibility(toks: &[TokenTree], mut i: usize) -> usize {
    if matches!(toks.get(i), Some(TokenTree::Ident(id)) if id.to_string() == "pub") {
        i += 1;
        if matches!(toks.get(i), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis) {
            i += 1;
        }
    }
    i
}

fn fields(body: TokenStream) -> Result<Vec<Field>, String> {
    let toks: Vec<TokenTree> = body.into_iter().collect();
    let mut chunks: Vec<&[TokenTree]> = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, t) in toks.iter().enumerate() {
        if let TokenTree::Punct(p) = t {
            match p.as_char() {
                '<' => depth += 1,
                '>' => depth -= 1,
                ',' if depth == 0 => {
                    chunks.push(&toks[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
    }
    chunks.push(&toks[start..]);
    let mut out = Vec::new();
    for c in chunks.into_iter().filter(|c| !c.is_empty()) {
        let (args, mut i) = attributes(c);
        i = skip_visibility(c, i);
        let Some(TokenTree::Ident(name)) = c.get(i) else { return Err("expected a field name".into()) };
        let ty: String = c.get(i + 2..).unwrap_or(&[]).iter().map(|t| t.to_string()).collect();
        let mut f = Field { name: name.to_string(), rename: None, default: None, secret: false, optional: ty.starts_with("Option<") || ty.contains("::Option<") };
        for (k, v) in args {
            match (k.as_str(), v) {
                ("name", Some(v)) => f.rename = Some(v),
                ("default", Some(v)) => f.default = Some(v),
                ("secret", None) => f.secret = true,
                (k, _) => return Err(format!("unsupported #[env] argument `{k}` on `{}`", f.name)),
            }
        }
        out.push(f);
    }
    Ok(out)
}

pub fn parse(input: TokenStream) -> Result<Struct, String> {
    let toks: Vec<TokenTree> = input.into_iter().collect();
    let (args, mut i) = attributes(&toks);
    i = skip_visibility(&toks, i);
    match toks.get(i) {
        Some(TokenTree::Ident(k)) if k.to_string() == "struct" => {}
        _ => return Err("#[derive(EnvConfig)] supports structs with named fields only".into()),
    }
    let Some(TokenTree::Ident(name)) = toks.get(i + 1) else { return Err("expected struct name".into()) };
    let body = match toks.get(i + 2) {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => g.stream(),
        Some(TokenTree::Punct(p)) if p.as_char() == '<' => return Err("generic config structs are not supported".into()),
        _ => return Err("#[derive(EnvConfig)] supports structs with named fields only".into()),
    };
    let mut s = Struct { name: name.to_string(), prefix: String::new(), rename_all: None, fields: fields(body)? };
    for (k, v) in args {
        match (k.as_str(), v) {
            ("prefix", Some(v)) => s.prefix = v,
            ("rename_all", Some(v)) => s.rename_all = Some(v),
            (k, _) => return Err(format!("unsupported container argument `{k}`")),
        }
    }
    Ok(s)
}
