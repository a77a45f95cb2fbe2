use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemFn};

mod args;
mod rt;

#[proc_macro_attribute]
pub fn main(attr: TokenStream, item: TokenStream) -> TokenStream {
    let opts = args::parse(attr.into());
    let mut f = parse_macro_input!(item as ItemFn);
    if f.sig.asyncness.take().is_none() {
        return syn::Error::new_spanned(&f.sig.fn_token, "asyncmain::main requires an async fn").to_compile_error().into();
    }
    let body = &f.block;
    let attrs = &f.attrs;
    let vis = &f.vis;
    let sig = &f.sig;
    let runtime = rt::builder(&opts);
    let warmup = rt::warmup();
    quote! {
        #(#attrs)*
        #vis #sig {
            #warmup
            #runtime.block_on(async move #body)
        }
    }
    .into()
}
