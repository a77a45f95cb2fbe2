//! `icons!` macro.

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{braced, Ident, LitStr, Token, Visibility};

mod codepoints;
mod fetch;
mod toolchain;

struct Input {
    font: LitStr,
    codepoints: Option<LitStr>,
    vis: Visibility,
    module: Ident,
    names: Vec<Ident>,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut font = None;
        let mut codepoints = None;
        while input.peek(Ident) && input.peek2(Token![=]) {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let value: LitStr = input.parse()?;
            input.parse::<Token![,]>()?;
            match key.to_string().as_str() {
                "font" => font = Some(value),
                "codepoints" => codepoints = Some(value),
                _ => return Err(syn::Error::new(key.span(), "expected `font` or `codepoints`")),
            }
        }
        let vis: Visibility = input.parse()?;
        input.parse::<Token![mod]>()?;
        let module: Ident = input.parse()?;
        let body;
        braced!(body in input);
        let names = body.parse_terminated(Ident::parse, Token![,])?.into_iter().collect();
        let font = font.ok_or_else(|| input.error("missing `font = \"...\"`"))?;
        Ok(Input { font, codepoints, vis, module, names })
    }
}

#[proc_macro]
pub fn icons(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as Input);
    let manifest = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let map = match &input.codepoints {
        Some(src) => match codepoints::load(&manifest, &src.value()) {
            Ok(m) => m,
            Err(e) => return syn::Error::new(src.span(), e).to_compile_error().into(),
        },
        None => codepoints::fallback(),
    };
    toolchain::warm(&manifest);

    let mut consts = Vec::new();
    for name in &input.names {
        let key = name.to_string();
        let Some(cp) = map.get(&key) else {
            let hint = codepoints::closest(&map, &key).map(|c| format!("; did you mean `{c}`?")).unwrap_or_default();
            return syn::Error::new(name.span(), format!("unknown icon `{key}`{hint}")).to_compile_error().into();
        };
        let Some(ch) = char::from_u32(*cp) else {
            return syn::Error::new(name.span(), "codepoint is not a char").to_compile_error().into();
        };
        let ident = format_ident!("{}", key.to_uppercase(), span = name.span());
        consts.push(quote!(pub const #ident: char = #ch;));
    }
    let font_path = manifest.join(input.font.value()).display().to_string();
    let font_lit = LitStr::new(&font_path, Span::call_site());
    let family = LitStr::new(&input.module.to_string(), Span::call_site());
    let (vis, module) = (&input.vis, &input.module);
    quote! {
        #vis mod #module {
            #(#consts)*
            pub const FONT: &[u8] = include_bytes!(#font_lit);
            pub const FAMILY: &str = #family;
        }
    }
    .into()
}
