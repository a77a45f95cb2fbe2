use proc_macro::TokenStream;
use quote::quote;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{parse_macro_input, FnArg, ItemFn, Meta, Pat, Token};

fn skipped(attr: TokenStream) -> Vec<String> {
    let parser = Punctuated::<Meta, Token![,]>::parse_terminated;
    let Ok(metas) = parser.parse(attr) else { return Vec::new() };
    let mut out = Vec::new();
    for m in metas {
        if let Meta::List(l) = m {
            if l.path.is_ident("skip") {
                out.extend(l.tokens.to_string().split(',').map(|s| s.trim().to_string()));
            }
        }
    }
    out
}

#[proc_macro_attribute]
pub fn trace(attr: TokenStream, item: TokenStream) -> TokenStream {
    let skip = skipped(attr);
    let mut f = parse_macro_input!(item as ItemFn);
    let name = f.sig.ident.to_string();
    let mut fields = Vec::new();
    for arg in &f.sig.inputs {
        if let FnArg::Typed(pt) = arg {
            if let Pat::Ident(pi) = &*pt.pat {
                let ident = &pi.ident;
                let s = ident.to_string();
                if !skip.contains(&s) {
                    fields.push(quote! { (#s, &#ident as &dyn ::core::fmt::Debug) });
                }
            }
        }
    }
    let block = &f.block;
    let is_async = f.sig.asyncness.is_some();
    let body = if is_async {
        quote! { async move #block .await }
    } else {
        quote! { (move || #block)() }
    };
    f.block = syn::parse_quote! {{
        let __fn_trace_span = ::fn_trace::__private::enter(
            #name,
            ::core::module_path!(),
            &[#(#fields),*],
            ::core::cfg!(debug_assertions),
        );
        let __fn_trace_out = #body;
        ::fn_trace::__private::exit(__fn_trace_span);
        __fn_trace_out
    }};
    quote!(#f).into()
}
