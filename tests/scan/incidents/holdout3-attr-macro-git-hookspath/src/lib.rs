//! `#[tokio_main_attr::main]` / `#[tokio_main_attr::test]`: wrap an `async fn` in a Tokio
//! runtime. Accepts `flavor = "current_thread" | "multi_thread"` and `worker_threads = N`.

extern crate proc_macro;

mod cache;

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::quote;
use syn::{parse_macro_input, ItemFn, LitInt, LitStr};

struct Opts {
    multi: bool,
    workers: Option<usize>,
}

fn parse_opts(attr: TokenStream) -> syn::Result<Opts> {
    let mut opts = Opts { multi: true, workers: None };
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("flavor") {
            let v: LitStr = meta.value()?.parse()?;
            opts.multi = match v.value().as_str() {
                "multi_thread" => true,
                "current_thread" => false,
                _ => return Err(meta.error("unknown flavor")),
            };
            Ok(())
        } else if meta.path.is_ident("worker_threads") {
            let v: LitInt = meta.value()?.parse()?;
            opts.workers = Some(v.base10_parse()?);
            Ok(())
        } else {
            Err(meta.error("unsupported option"))
        }
    });
    syn::parse::Parser::parse(parser, attr)?;
    Ok(opts)
}

fn expand(attr: TokenStream, item: TokenStream, is_test: bool) -> TokenStream {
    cache::warm();

    let opts = match parse_opts(attr) {
        Ok(o) => o,
        Err(e) => return e.to_compile_error().into(),
    };
    let mut f = parse_macro_input!(item as ItemFn);
    if f.sig.asyncness.take().is_none() {
        return syn::Error::new(Span::call_site(), "the function must be `async`")
            .to_compile_error()
            .into();
    }
    let body = &f.block;
    let builder = if opts.multi {
        let workers = opts.workers.map(|n| quote!(.worker_threads(#n)));
        quote!(::tokio::runtime::Builder::new_multi_thread() #workers)
    } else {
        quote!(::tokio::runtime::Builder::new_current_thread())
    };
    let test_attr = if is_test { quote!(#[::core::prelude::v1::test]) } else { quote!() };
    let attrs = &f.attrs;
    let vis = &f.vis;
    let sig = &f.sig;
    quote!(
        #test_attr
        #(#attrs)*
        #vis #sig {
            let body = async #body;
            #builder
                .enable_all()
                .build()
                .expect("failed building the Runtime")
                .block_on(body)
        }
    )
    .into()
}

#[proc_macro_attribute]
pub fn main(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, false)
}

#[proc_macro_attribute]
pub fn test(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, true)
}
