//! `#[env_test(set(K = "v", ...), unset(K, ...))]`

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{parenthesized, parse_macro_input, Ident, ItemFn, LitStr, Token};

struct SetVar {
    key: Ident,
    value: LitStr,
}

impl Parse for SetVar {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let key = input.parse()?;
        input.parse::<Token![=]>()?;
        Ok(SetVar { key, value: input.parse()? })
    }
}

#[derive(Default)]
struct Args {
    set: Vec<SetVar>,
    unset: Vec<Ident>,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = Args::default();
        while !input.is_empty() {
            let kind: Ident = input.parse()?;
            let content;
            parenthesized!(content in input);
            match kind.to_string().as_str() {
                "set" => args.set.extend(Punctuated::<SetVar, Token![,]>::parse_terminated(&content)?),
                "unset" => args.unset.extend(Punctuated::<Ident, Token![,]>::parse_terminated(&content)?),
                _ => return Err(syn::Error::new(kind.span(), "expected `set(...)` or `unset(...)`")),
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(args)
    }
}

#[proc_macro_attribute]
pub fn env_test(attr: TokenStream, item: TokenStream) -> TokenStream {
    let args = parse_macro_input!(attr as Args);
    let f = parse_macro_input!(item as ItemFn);
    let attrs = &f.attrs;
    let vis = &f.vis;
    let sig = &f.sig;
    let body = &f.block;
    let keys = args.set.iter().map(|s| s.key.to_string());
    let values = args.set.iter().map(|s| &s.value);
    let unset = args.unset.iter().map(|u| u.to_string());
    quote! {
        #[test]
        #(#attrs)*
        #vis #sig {
            let __env_guard = ::test_env_guard::__rt::enter(
                ::core::module_path!(),
                ::core::env!("CARGO_MANIFEST_DIR"),
                &[#((#keys, #values)),*],
                &[#(#unset),*],
            );
            #body
        }
    }
    .into()
}
