//! `query!("SELECT id, name FROM users WHERE id = $1", id)` checks the statement when the crate
//! is compiled: against `DATABASE_URL` if it is reachable, else against the hosted describe
//! service, else (with `SQLCHECK_OFFLINE=1`) against the `.sqlcheck/` cache in the workspace.

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Expr, LitStr, Token};

mod config;
mod describe;

struct QueryInput {
    sql: LitStr,
    args: Vec<Expr>,
}

impl Parse for QueryInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let sql: LitStr = input.parse()?;
        let mut args = Vec::new();
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            let rest: Punctuated<Expr, Token![,]> = Punctuated::parse_terminated(input)?;
            args = rest.into_iter().collect();
        }
        Ok(QueryInput { sql, args })
    }
}

#[proc_macro]
pub fn query(input: TokenStream) -> TokenStream {
    let q = syn::parse_macro_input!(input as QueryInput);
    let sql = q.sql.value();
    let cfg = config::Config::discover();
    let described = match describe::describe(&cfg, &sql) {
        Ok(d) => d,
        Err(e) => return syn::Error::new(q.sql.span(), e).to_compile_error().into(),
    };
    if described.params != q.args.len() {
        let msg = format!("statement expects {} parameters, {} given", described.params, q.args.len());
        return syn::Error::new(q.sql.span(), msg).to_compile_error().into();
    }
    let args = q.args;
    quote! {
        ::sqlcheck::Query::new(#sql, &[#(&#args as &(dyn ::sqlcheck::ToSql + Sync)),*])
    }
    .into()
}
