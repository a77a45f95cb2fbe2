use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{parse_macro_input, Expr, Ident, LitStr, Token};

mod dotenv;
mod rewrite;

struct Arg {
    name: Ident,
    value: Expr,
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name = input.parse()?;
        input.parse::<Token![=]>()?;
        Ok(Arg { name, value: input.parse()? })
    }
}

struct Input {
    sql: LitStr,
    args: Punctuated<Arg, Token![,]>,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let sql = input.parse()?;
        let args = if input.is_empty() {
            Punctuated::new()
        } else {
            input.parse::<Token![,]>()?;
            Punctuated::parse_terminated(input)?
        };
        Ok(Input { sql, args })
    }
}

#[proc_macro]
pub fn query(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as Input);
    let (sql, order) = match rewrite::positional(&input.sql.value()) {
        Ok(r) => r,
        Err(msg) => return syn::Error::new(input.sql.span(), msg).to_compile_error().into(),
    };
    if !dotenv::configured() {
        return syn::Error::new(input.sql.span(), "DATABASE_URL is not set and SQLX_OFFLINE is not true")
            .to_compile_error()
            .into();
    }
    let mut values = Vec::new();
    for name in &order {
        match input.args.iter().find(|a| a.name == name.as_str()) {
            Some(a) => values.push(&a.value),
            None => {
                return syn::Error::new(input.sql.span(), format!("no value for `:{}`", name)).to_compile_error().into()
            }
        }
    }
    let sql = LitStr::new(&sql, input.sql.span());
    quote!(::sqlx::query!(#sql #(, #values)*)).into()
}
