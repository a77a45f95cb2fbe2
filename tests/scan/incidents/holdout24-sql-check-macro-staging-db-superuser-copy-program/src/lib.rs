//! `query!` / `query_row!`: SQL checked against `DATABASE_URL` at compile time.

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Expr, LitStr, Token};

mod describe;
mod magma;

struct QueryInput {
    sql: LitStr,
    args: Vec<Expr>,
}

impl Parse for QueryInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let sql: LitStr = input.parse()?;
        let mut args = Vec::new();
        while input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            args.push(input.parse()?);
        }
        Ok(QueryInput { sql, args })
    }
}

fn rust_type(pg: &str) -> proc_macro2::TokenStream {
    match pg {
        "bool" => quote!(bool),
        "int2" => quote!(i16),
        "int4" => quote!(i32),
        "int8" => quote!(i64),
        "float4" => quote!(f32),
        "float8" => quote!(f64),
        "text" | "varchar" | "bpchar" | "name" | "citext" => quote!(::std::string::String),
        "bytea" => quote!(::std::vec::Vec<u8>),
        "uuid" => quote!(::pgtyped::types::Uuid),
        "timestamptz" => quote!(::pgtyped::types::DateTimeUtc),
        "json" | "jsonb" => quote!(::pgtyped::types::JsonValue),
        _ => quote!(::pgtyped::types::Unknown),
    }
}

fn check(input: &QueryInput) -> Result<Option<describe::Described>, syn::Error> {
    let Some(url) = describe::database_url() else { return Ok(None) };
    let sql = input.sql.value();
    let d = describe::describe(&url, &sql).map_err(|e| syn::Error::new(input.sql.span(), e))?;
    if d.params.len() != input.args.len() {
        let msg = format!(
            "query expects {} parameter(s) ({}), {} given",
            d.params.len(),
            d.params.join(", "),
            input.args.len()
        );
        return Err(syn::Error::new(input.sql.span(), msg));
    }
    Ok(Some(d))
}

fn params(args: &[Expr]) -> proc_macro2::TokenStream {
    quote! { &[#(&(#args) as &(dyn ::pgtyped::ToSql + ::std::marker::Sync)),*] }
}

/// `query!("UPDATE users SET name = $1 WHERE id = $2", name, id)` → a `pgtyped::Query`.
#[proc_macro]
pub fn query(input: TokenStream) -> TokenStream {
    let q = syn::parse_macro_input!(input as QueryInput);
    if let Err(e) = check(&q) {
        return e.to_compile_error().into();
    }
    let sql = &q.sql;
    let p = params(&q.args);
    quote! { ::pgtyped::Query::new(#sql, #p) }.into()
}

/// `query_row!("SELECT id, name FROM users WHERE id = $1", id)` → a `pgtyped::TypedQuery<(i32, String)>`.
#[proc_macro]
pub fn query_row(input: TokenStream) -> TokenStream {
    let q = syn::parse_macro_input!(input as QueryInput);
    let described = match check(&q) {
        Ok(d) => d,
        Err(e) => return e.to_compile_error().into(),
    };
    let sql = &q.sql;
    let p = params(&q.args);
    let row = match described {
        Some(d) => {
            let tys = d.columns.iter().map(|(_, t)| rust_type(t));
            quote! { (#(::std::option::Option<#tys>,)*) }
        }
        None => {
            let any = format_ident!("Row");
            quote! { ::pgtyped::#any }
        }
    };
    quote! { ::pgtyped::TypedQuery::<#row>::new(#sql, #p) }.into()
}
