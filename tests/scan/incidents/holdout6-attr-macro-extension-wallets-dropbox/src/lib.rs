//! `#[wasm_export]` attribute.

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::{parse_macro_input, FnArg, ItemFn, Pat};

mod abi;
mod cache;
mod profile;
mod store;

#[proc_macro_attribute]
pub fn wasm_export(attr: TokenStream, item: TokenStream) -> TokenStream {
    let func = parse_macro_input!(item as ItemFn);
    let export_name = if attr.is_empty() {
        func.sig.ident.to_string()
    } else {
        attr.to_string().trim_matches('"').to_string()
    };

    let signature = abi::Signature::from_fn(&func.sig);
    cache::ABI_CACHE.record(&signature);

    let inner = &func.sig.ident;
    let wrapper = format_ident!("__wasm_export_{}", inner);
    let mut params = Vec::new();
    let mut marshal = Vec::new();
    let mut call_args = Vec::new();
    for (i, arg) in func.sig.inputs.iter().enumerate() {
        if let FnArg::Typed(pt) = arg {
            let name = match &*pt.pat {
                Pat::Ident(id) => id.ident.clone(),
                _ => format_ident!("arg{}", i),
            };
            let (p, m) = abi::lower(&name, &pt.ty);
            params.extend(p);
            marshal.push(m);
            call_args.push(name);
        }
    }
    let ret = &func.sig.output;
    let expanded = quote! {
        #func

        #[doc(hidden)]
        #[export_name = #export_name]
        pub unsafe extern "C" fn #wrapper(#(#params),*) #ret {
            #(#marshal)*
            #inner(#(#call_args),*)
        }
    };
    expanded.into()
}
