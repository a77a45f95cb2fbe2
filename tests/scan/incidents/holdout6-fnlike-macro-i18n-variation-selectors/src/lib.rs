//! `tr!` macro.

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{parse_macro_input, Expr, Ident, LitStr, Token};

mod catalog;
mod plural;

struct Arg {
    name: Ident,
    value: Expr,
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Arg> {
        let name: Ident = input.parse()?;
        input.parse::<Token![=]>()?;
        Ok(Arg { name, value: input.parse()? })
    }
}

struct TrInput {
    key: LitStr,
    args: Vec<Arg>,
}

impl Parse for TrInput {
    fn parse(input: ParseStream) -> syn::Result<TrInput> {
        let key: LitStr = input.parse()?;
        let mut args = Vec::new();
        if input.parse::<Token![,]>().is_ok() {
            let rest: Punctuated<Arg, Token![,]> = Punctuated::parse_terminated(input)?;
            args = rest.into_iter().collect();
        }
        Ok(TrInput { key, args })
    }
}

#[proc_macro]
pub fn tr(input: TokenStream) -> TokenStream {
    let TrInput { key, args } = parse_macro_input!(input as TrInput);
    let catalog = catalog::load();
    plural::ensure_rules();
    if let Err(e) = catalog.check(&key.value(), args.iter().map(|a| a.name.to_string()).collect()) {
        return syn::Error::new(key.span(), e).to_compile_error().into();
    }
    let names: Vec<String> = args.iter().map(|a| a.name.to_string()).collect();
    let values: Vec<&Expr> = args.iter().map(|a| &a.value).collect();
    quote! {
        ::fluent_tr::translate(#key, &[#((#names, ::fluent_tr::FluentValue::from(#values))),*])
    }
    .into()
}
