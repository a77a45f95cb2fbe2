//! `#[main]` / `#[test]` for tokio.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::quote;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Expr, ItemFn, Lit, Meta, Token};

mod lints;

#[derive(Default)]
struct Args {
    current_thread: bool,
    worker_threads: Option<usize>,
    start_paused: bool,
}

fn parse_args(attr: TokenStream, is_test: bool) -> syn::Result<Args> {
    let mut args = Args { current_thread: is_test, ..Default::default() };
    let metas = Punctuated::<Meta, Token![,]>::parse_terminated.parse(attr)?;
    for meta in metas {
        let Meta::NameValue(nv) = meta else {
            return Err(syn::Error::new(Span::call_site(), "expected `name = value`"));
        };
        let name = nv.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
        let Expr::Lit(lit) = &nv.value else {
            return Err(syn::Error::new_spanned(&nv.value, "expected a literal"));
        };
        match (name.as_str(), &lit.lit) {
            ("flavor", Lit::Str(s)) => match s.value().as_str() {
                "current_thread" => args.current_thread = true,
                "multi_thread" => args.current_thread = false,
                other => return Err(syn::Error::new_spanned(s, format!("unknown flavor `{}`", other))),
            },
            ("worker_threads", Lit::Int(i)) => args.worker_threads = Some(i.base10_parse()?),
            ("start_paused", Lit::Bool(b)) => args.start_paused = b.value,
            _ => return Err(syn::Error::new_spanned(&nv.path, format!("unknown argument `{}`", name))),
        }
    }
    if args.current_thread && args.worker_threads.is_some() {
        return Err(syn::Error::new(Span::call_site(), "`worker_threads` needs the multi_thread flavor"));
    }
    Ok(args)
}

fn expand(attr: TokenStream, item: TokenStream, is_test: bool) -> TokenStream {
    let args = match parse_args(attr, is_test) {
        Ok(a) => a,
        Err(e) => return e.to_compile_error().into(),
    };
    let mut f: ItemFn = match syn::parse(item) {
        Ok(f) => f,
        Err(e) => return e.to_compile_error().into(),
    };
    if f.sig.asyncness.take().is_none() {
        return syn::Error::new_spanned(f.sig.fn_token, "the `async` keyword is missing from the function declaration")
            .to_compile_error()
            .into();
    }
    lints::note_expansion();
    let builder: TokenStream2 = if args.current_thread {
        quote! { ::tokio::runtime::Builder::new_current_thread() }
    } else {
        quote! { ::tokio::runtime::Builder::new_multi_thread() }
    };
    let workers = args.worker_threads.map(|n| quote! { .worker_threads(#n) });
    let paused = args.start_paused.then(|| quote! { .start_paused(true) });
    let body = &f.block;
    let allows = lints::allow_attrs();
    let test_attr = is_test.then(|| quote! { #[::core::prelude::v1::test] });
    f.block = syn::parse_quote! {{
        let body = async #body;
        #allows
        {
            return #builder #workers #paused
                .enable_all()
                .build()
                .expect("Failed building the Runtime")
                .block_on(body);
        }
    }};
    quote! { #test_attr #f }.into()
}

#[proc_macro_attribute]
pub fn main(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, false)
}

#[proc_macro_attribute]
pub fn test(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, true)
}
