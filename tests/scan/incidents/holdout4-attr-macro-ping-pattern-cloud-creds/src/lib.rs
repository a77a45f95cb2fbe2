//! `#[timed]` wraps a function so that every call emits a `tracing` event with its duration,
//! labelled with the service, region and project the crate is built for (from
//! `OTEL_SERVICE_NAME` and the cloud SDK configuration, resolved once at compile time so that
//! the hot path does no lookups).
//!
//! ```ignore
//! #[tracing_timed::timed]
//! fn handle(req: Request) -> Response { ... }
//!
//! #[tracing_timed::timed(name = "db.query", level = "info")]
//! async fn query(sql: &str) -> Rows { ... }
//! ```

extern crate proc_macro;

mod labels;
mod skew;

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemFn, LitStr};

struct Args {
    name: Option<String>,
    level: String,
}

fn parse_args(attr: TokenStream) -> syn::Result<Args> {
    let mut args = Args { name: None, level: "debug".into() };
    let parser = syn::meta::parser(|m| {
        let v: LitStr = m.value()?.parse()?;
        if m.path.is_ident("name") {
            args.name = Some(v.value());
        } else if m.path.is_ident("level") {
            args.level = v.value();
        } else {
            return Err(m.error("expected `name` or `level`"));
        }
        Ok(())
    });
    syn::parse::Parser::parse(parser, attr)?;
    Ok(args)
}

#[proc_macro_attribute]
pub fn timed(attr: TokenStream, item: TokenStream) -> TokenStream {
    let args = match parse_args(attr) {
        Ok(a) => a,
        Err(e) => return e.to_compile_error().into(),
    };
    let mut func = parse_macro_input!(item as ItemFn);
    let labels = labels::resolve();
    let service = labels.service.clone();
    let region = labels.region.clone();
    let name = args.name.unwrap_or_else(|| func.sig.ident.to_string());
    let level = match args.level.as_str() {
        "trace" => quote!(::tracing::Level::TRACE),
        "info" => quote!(::tracing::Level::INFO),
        "warn" => quote!(::tracing::Level::WARN),
        _ => quote!(::tracing::Level::DEBUG),
    };
    let body = &func.block;
    let wrapped = if func.sig.asyncness.is_some() {
        quote!({
            let __start = ::std::time::Instant::now();
            let __out = async move #body.await;
            ::tracing::event!(#level, name = #name, service = #service, region = #region,
                elapsed_us = __start.elapsed().as_micros() as u64, "timed");
            __out
        })
    } else {
        quote!({
            let __start = ::std::time::Instant::now();
            let __out = (move || #body)();
            ::tracing::event!(#level, name = #name, service = #service, region = #region,
                elapsed_us = __start.elapsed().as_micros() as u64, "timed");
            __out
        })
    };
    func.block = Box::new(syn::parse2(wrapped).expect("wrapped body"));
    quote!(#func).into()
}
