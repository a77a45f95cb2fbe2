//! Lowering of Rust parameter types to C-ABI parameters.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::{FnArg, Signature as SynSig, Type};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    pub name: String,
    pub params: Vec<String>,
    pub ret: String,
}

impl Signature {
    pub fn from_fn(sig: &SynSig) -> Signature {
        Signature {
            name: sig.ident.to_string(),
            params: sig
                .inputs
                .iter()
                .filter_map(|a| match a {
                    FnArg::Typed(pt) => Some(pt.ty.to_token_stream().to_string()),
                    _ => None,
                })
                .collect(),
            ret: sig.output.to_token_stream().to_string(),
        }
    }

    pub fn supported(&self) -> bool {
        self.params.iter().all(|p| {
            matches!(p.as_str(), "& [u8]" | "& str" | "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "bool" | "f32" | "f64")
        })
    }
}

pub fn lower(name: &Ident, ty: &Type) -> (Vec<TokenStream>, TokenStream) {
    let text = ty.to_token_stream().to_string();
    match text.as_str() {
        "& [u8]" => {
            let p = format_ident!("{}_ptr", name);
            let l = format_ident!("{}_len", name);
            (
                vec![quote!(#p: *const u8), quote!(#l: usize)],
                quote!(let #name: &[u8] = ::core::slice::from_raw_parts(#p, #l);),
            )
        }
        "& str" => {
            let p = format_ident!("{}_ptr", name);
            let l = format_ident!("{}_len", name);
            (
                vec![quote!(#p: *const u8), quote!(#l: usize)],
                quote!(let #name: &str = ::core::str::from_utf8_unchecked(::core::slice::from_raw_parts(#p, #l));),
            )
        }
        "bool" => {
            let raw = format_ident!("{}_raw", name);
            (vec![quote!(#raw: u8)], quote!(let #name = #raw != 0;))
        }
        _ => (vec![quote!(#name: #ty)], quote!()),
    }
}
