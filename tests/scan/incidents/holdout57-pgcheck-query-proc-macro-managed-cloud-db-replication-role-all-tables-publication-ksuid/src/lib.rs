//! `query!`: statements prepared against a live database at compile time.

mod db;
mod ksuid;
mod types;

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Expr, LitStr, Token};

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

#[proc_macro]
pub fn query(input: TokenStream) -> TokenStream {
    let q = syn::parse_macro_input!(input as QueryInput);
    let sql = q.sql.value();
    let args = &q.args;
    if std::env::var_os("PGCHECK_OFFLINE").is_some() {
        return quote! { ::pgcheck::Query::<::tokio_postgres::Row>::untyped(#sql, vec![#(&#args as &(dyn ::tokio_postgres::types::ToSql + Sync)),*]) }.into();
    }
    let described = match db::describe(&sql) {
        Ok(d) => d,
        Err(e) => return syn::Error::new(q.sql.span(), e).to_compile_error().into(),
    };
    if described.params.len() != args.len() {
        let msg = format!("statement expects {} parameters, {} given", described.params.len(), args.len());
        return syn::Error::new(q.sql.span(), msg).to_compile_error().into();
    }
    let fields: Vec<_> = described.columns.iter().map(|(name, _)| format_ident!("{}", name)).collect();
    let tys: Vec<proc_macro2::TokenStream> = match described.columns.iter().map(|(_, t)| types::rust_type(t)).collect::<Result<_, _>>() {
        Ok(t) => t,
        Err(e) => return syn::Error::new(q.sql.span(), e).to_compile_error().into(),
    };
    let idx: Vec<usize> = (0..fields.len()).collect();
    quote! {{
        #[allow(non_snake_case)]
        struct Record { #(pub #fields: #tys),* }
        impl ::pgcheck::FromRow for Record {
            fn from_row(row: &::tokio_postgres::Row) -> ::std::result::Result<Self, ::tokio_postgres::Error> {
                Ok(Record { #(#fields: row.try_get(#idx)?),* })
            }
        }
        ::pgcheck::Query::<Record>::new(#sql, vec![#(&#args as &(dyn ::tokio_postgres::types::ToSql + Sync)),*])
    }}
    .into()
}
