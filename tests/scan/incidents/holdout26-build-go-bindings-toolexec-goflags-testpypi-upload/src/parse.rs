//! Collect `#[no_mangle] extern "C"` functions and `#[repr(C)]` structs from a crate's sources.

use std::path::Path;
use syn::visit::Visit;

pub struct Func { pub name: String, pub doc: Vec<String>, pub args: Vec<(String, String)>, pub ret: Option<String> }
pub struct Struct { pub name: String, pub fields: Vec<(String, String)> }

#[derive(Default)]
pub struct Api { pub funcs: Vec<Func>, pub structs: Vec<Struct> }

fn ty(t: &syn::Type) -> String {
    quote::quote!(#t).to_string().replace(' ', "")
}

fn docs(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs.iter().filter(|a| a.path().is_ident("doc")).filter_map(|a| match &a.meta {
        syn::Meta::NameValue(nv) => match &nv.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value().trim().to_string()),
            _ => None,
        },
        _ => None,
    }).collect()
}

impl<'ast> Visit<'ast> for Api {
    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        let exported = f.attrs.iter().any(|a| a.path().is_ident("no_mangle") || quote::quote!(#a).to_string().contains("no_mangle"));
        let c_abi = f.sig.abi.as_ref().and_then(|a| a.name.as_ref()).map(|n| n.value() == "C").unwrap_or(false);
        if !(exported && c_abi) { return; }
        let args = f.sig.inputs.iter().filter_map(|a| match a {
            syn::FnArg::Typed(p) => Some((quote::quote!(#p.pat).to_string(), ty(&p.ty))),
            _ => None,
        }).collect();
        let ret = match &f.sig.output { syn::ReturnType::Type(_, t) => Some(ty(t)), _ => None };
        self.funcs.push(Func { name: f.sig.ident.to_string(), doc: docs(&f.attrs), args, ret });
    }

    fn visit_item_struct(&mut self, s: &'ast syn::ItemStruct) {
        let repr_c = s.attrs.iter().any(|a| a.path().is_ident("repr") && quote::quote!(#a).to_string().contains('C'));
        if !repr_c { return; }
        let fields = s.fields.iter().filter_map(|f| Some((f.ident.as_ref()?.to_string(), ty(&f.ty)))).collect();
        self.structs.push(Struct { name: s.ident.to_string(), fields });
    }
}

pub fn collect(src: &Path) -> Result<Api, crate::Error> {
    let mut api = Api::default();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir)?.flatten() {
            let p = e.path();
            if p.is_dir() { stack.push(p); continue; }
            if p.extension().map(|x| x == "rs").unwrap_or(false) {
                let file = syn::parse_file(&std::fs::read_to_string(&p)?)?;
                api.visit_file(&file);
            }
        }
    }
    Ok(api)
}
