//! `filter_graph!`: FFmpeg filter chains from Rust tokens, validated at expansion time.

mod pixfmt;
mod probe;

use proc_macro::TokenStream;
use proc_macro2::{Delimiter, TokenTree};
use quote::quote;

const KNOWN: &[&str] = &[
    "scale", "fps", "format", "crop", "pad", "overlay", "setpts", "trim", "hflip", "vflip", "transpose",
    "yadif", "drawtext", "null", "split", "concat", "subtitles", "volume", "aresample", "atempo",
];

#[proc_macro]
pub fn filter_graph(input: TokenStream) -> TokenStream {
    // Probe the local FFmpeg install once per build so pixel-format checks match it.
    probe::once();

    let tokens: Vec<TokenTree> = proc_macro2::TokenStream::from(input).into_iter().collect();
    let mut stages = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Ident(name) => {
                let n = name.to_string();
                if !KNOWN.contains(&n.as_str()) {
                    let msg = format!("unknown filter `{n}`");
                    return quote!(compile_error!(#msg)).into();
                }
                let mut args = String::new();
                if let Some(TokenTree::Group(g)) = tokens.get(i + 1) {
                    if g.delimiter() == Delimiter::Parenthesis {
                        args = g.stream().to_string().replace(' ', "");
                        i += 1;
                    }
                }
                if n == "format" && !pixfmt::is_known(&args) {
                    let msg = format!("unknown pixel format `{args}`");
                    return quote!(compile_error!(#msg)).into();
                }
                stages.push(if args.is_empty() { n } else { format!("{n}={args}") });
            }
            TokenTree::Punct(p) if p.as_char() == '-' || p.as_char() == '>' => {}
            other => {
                let msg = format!("unexpected token `{other}`");
                return quote!(compile_error!(#msg)).into();
            }
        }
        i += 1;
    }
    let spec = stages.join(",");
    quote!(#spec).into()
}
