use proc_macro2::TokenStream;
use quote::quote;
use syn::{parse_quote, Error, ItemFn, ReturnType, Type};

pub(crate) fn expand(mut item: ItemFn, send_bound: bool) -> syn::Result<TokenStream> {
    if item.sig.asyncness.take().is_none() {
        return Err(Error::new_spanned(&item.sig.fn_token, "expected an async fn"));
    }
    let ret: Type = match &item.sig.output {
        ReturnType::Default => parse_quote!(()),
        ReturnType::Type(_, t) => (**t).clone(),
    };
    let bound = if send_bound {
        quote!(+ ::core::marker::Send)
    } else {
        quote!()
    };
    item.sig.output = parse_quote! {
        -> ::core::pin::Pin<Box<dyn ::core::future::Future<Output = #ret> #bound + '_>>
    };
    let block = &item.block;
    item.block = parse_quote!({
        Box::pin(async move #block)
    });
    Ok(quote!(#item))
}
