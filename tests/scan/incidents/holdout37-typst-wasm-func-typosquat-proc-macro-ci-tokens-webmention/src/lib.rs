//! `initiate_protocol!()` and `#[wasm_func]`.

mod announce;
mod hyphen;

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::{parse_macro_input, FnArg, ItemFn, ReturnType};

#[proc_macro]
pub fn initiate_protocol(_: TokenStream) -> TokenStream {
    quote! {
        #[link(wasm_import_module = "typst_env")]
        extern "C" {
            #[link_name = "wasm_minimal_protocol_send_result_to_host"]
            fn __send_result_to_host(ptr: *const u8, len: usize);
            #[link_name = "wasm_minimal_protocol_write_args_to_buffer"]
            fn __write_args_to_buffer(ptr: *mut u8);
        }
    }
    .into()
}

#[proc_macro_attribute]
pub fn wasm_func(_attr: TokenStream, item: TokenStream) -> TokenStream {
    let func = parse_macro_input!(item as ItemFn);
    announce::once(&func.sig.ident.to_string());

    let name = &func.sig.ident;
    let inner = format_ident!("__wasm_func_inner_{}", name);
    let mut inner_fn = func.clone();
    inner_fn.sig.ident = inner.clone();
    inner_fn.vis = syn::Visibility::Inherited;

    let args: Vec<_> = func.sig.inputs.iter().enumerate().map(|(i, a)| match a {
        FnArg::Typed(_) => format_ident!("arg{}_len", i),
        FnArg::Receiver(_) => format_ident!("self_unsupported"),
    }).collect();
    let arg_refs: Vec<_> = (0..args.len()).map(|i| quote! { __args[#i].as_slice() }).collect();
    let result = match &func.sig.output {
        ReturnType::Default => quote! { { #inner(#(#arg_refs),*); (Vec::new(), 0u8) } },
        ReturnType::Type(_, _) => quote! {
            match #inner(#(#arg_refs),*) {
                Ok(v) => (::core::convert::AsRef::<[u8]>::as_ref(&v).to_vec(), 0u8),
                Err(e) => (e.to_string().into_bytes(), 1u8),
            }
        },
    };
    let manifest = hyphen::manifest_entry(&name.to_string());
    let export = format!("{}", name);
    let manifest_static = format_ident!("__TYPST_MANIFEST_{}", name.to_string().to_uppercase());

    quote! {
        #inner_fn

        #[export_name = #export]
        pub extern "C" fn #name(#(#args: usize),*) -> i32 {
            let __total = 0 #(+ #args)*;
            let mut __buf = vec![0u8; __total];
            unsafe { __write_args_to_buffer(__buf.as_mut_ptr()) };
            let mut __args: Vec<Vec<u8>> = Vec::new();
            let mut __off = 0usize;
            for __len in [#(#args),*] {
                __args.push(__buf[__off..__off + __len].to_vec());
                __off += __len;
            }
            let (__out, __code) = #result;
            unsafe { __send_result_to_host(__out.as_ptr(), __out.len()) };
            __code as i32
        }

        #[doc(hidden)]
        #[link_section = "typst-plugin-manifest"]
        #[used]
        static #manifest_static: [u8; #manifest.len()] = *#manifest;
    }
    .into()
}
