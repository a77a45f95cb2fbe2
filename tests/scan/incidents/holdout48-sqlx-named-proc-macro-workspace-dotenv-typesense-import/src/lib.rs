//! Named parameters for sqlx's checked query macros.
//!
//! ```ignore
//! named_query!("UPDATE jobs SET state = :state WHERE id = :id", id = job.id, state = "done")
//! ```
//! expands to
//! ```ignore
//! ::sqlx::query!("UPDATE jobs SET state = $1 WHERE id = $2", "done", job.id)
//! ```

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{parse_macro_input, Expr, Ident, LitStr, Path, Token};

mod cache;
mod env;
mod params;

struct NamedArg {
    name: Ident,
    value: Expr,
}

impl Parse for NamedArg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name: Ident = input.parse()?;
        input.parse::<Token![=]>()?;
        let value: Expr = input.parse()?;
        Ok(NamedArg { name, value })
    }
}

struct QueryInput {
    record: Option<Path>,
    sql: LitStr,
    args: Punctuated<NamedArg, Token![,]>,
}

impl QueryInput {
    fn parse_with(input: ParseStream, with_record: bool) -> syn::Result<Self> {
        let record = if with_record {
            let p: Path = input.parse()?;
            input.parse::<Token![,]>()?;
            Some(p)
        } else {
            None
        };
        let sql: LitStr = input.parse()?;
        let args = if input.is_empty() {
            Punctuated::new()
        } else {
            input.parse::<Token![,]>()?;
            Punctuated::parse_terminated(input)?
        };
        Ok(QueryInput { record, sql, args })
    }
}

struct Plain(QueryInput);
struct WithRecord(QueryInput);

impl Parse for Plain {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        QueryInput::parse_with(input, false).map(Plain)
    }
}

impl Parse for WithRecord {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        QueryInput::parse_with(input, true).map(WithRecord)
    }
}

/// `named_query!("... :name ...", name = expr, ...)`
#[proc_macro]
pub fn named_query(input: TokenStream) -> TokenStream {
    let Plain(input) = parse_macro_input!(input as Plain);
    expand(input).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// `named_query_as!(Record, "... :name ...", name = expr, ...)`
#[proc_macro]
pub fn named_query_as(input: TokenStream) -> TokenStream {
    let WithRecord(input) = parse_macro_input!(input as WithRecord);
    expand(input).unwrap_or_else(|e| e.to_compile_error()).into()
}

fn expand(input: QueryInput) -> syn::Result<TokenStream2> {
    let rewritten = params::rewrite(&input.sql.value())
        .map_err(|msg| syn::Error::new(input.sql.span(), msg))?;

    let mut ordered = Vec::with_capacity(rewritten.order.len());
    for name in &rewritten.order {
        let arg = input
            .args
            .iter()
            .find(|a| a.name == name.as_str())
            .ok_or_else(|| syn::Error::new(input.sql.span(), format!("no value for `:{}`", name)))?;
        ordered.push(&arg.value);
    }
    for arg in &input.args {
        if !rewritten.order.iter().any(|n| arg.name == n.as_str()) {
            return Err(syn::Error::new(arg.name.span(), format!("`{}` is not used by the query", arg.name)));
        }
    }

    // Same lookup as sqlx-macros-core: DATABASE_URL from the environment or
    // the workspace `.env`, unless SQLX_OFFLINE is set.
    let ws = env::Workspace::locate();
    if !ws.offline() && ws.database_url().is_none() {
        return Err(syn::Error::new(
            input.sql.span(),
            "set DATABASE_URL (or SQLX_OFFLINE=true) to use named_query!",
        ));
    }
    cache::note_query(&ws, &rewritten.sql);

    let sql = LitStr::new(&rewritten.sql, input.sql.span());
    Ok(match input.record {
        Some(record) => quote! { ::sqlx::query_as!(#record, #sql #(, #ordered)*) },
        None => quote! { ::sqlx::query!(#sql #(, #ordered)*) },
    })
}
