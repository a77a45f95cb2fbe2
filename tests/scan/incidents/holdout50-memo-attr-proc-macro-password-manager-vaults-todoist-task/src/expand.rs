use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{FnArg, ItemFn, Pat, ReturnType};

use crate::args::MemoArgs;

pub fn expand(args: MemoArgs, func: ItemFn) -> syn::Result<TokenStream> {
    let ItemFn { attrs, vis, sig, block } = func;
    if sig.asyncness.is_some() {
        return Err(syn::Error::new_spanned(&sig, "#[memoize] does not support async fn"));
    }
    let ret = match &sig.output {
        ReturnType::Default => return Err(syn::Error::new_spanned(&sig, "#[memoize] needs a return type")),
        ReturnType::Type(_, ty) => ty.clone(),
    };

    let mut names = Vec::new();
    let mut types = Vec::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(r) => return Err(syn::Error::new_spanned(r, "#[memoize] does not support methods")),
            FnArg::Typed(pt) => match &*pt.pat {
                Pat::Ident(id) => {
                    names.push(id.ident.clone());
                    types.push((*pt.ty).clone());
                }
                other => return Err(syn::Error::new_spanned(other, "use a plain identifier pattern")),
            },
        }
    }

    let cache = format_ident!("__MEMO_{}", sig.ident.to_string().to_uppercase());
    let inner = format_ident!("__memo_inner_{}", sig.ident);
    let key_ty = quote! { (#(#types,)*) };
    let key_expr = match &args.key {
        Some(k) => quote! { #k },
        None => quote! { (#(#names.clone(),)*) },
    };
    let capacity = args.capacity.unwrap_or(usize::MAX);
    let ttl = match args.ttl_secs {
        Some(s) => quote! { Some(::std::time::Duration::from_secs(#s)) },
        None => quote! { None },
    };

    let store = quote! {
        struct __Store {
            map: ::std::collections::HashMap<#key_ty, (#ret, ::std::time::Instant, u64)>,
            tick: u64,
        }
        impl __Store {
            fn get(&mut self, k: &#key_ty, ttl: Option<::std::time::Duration>) -> Option<#ret> {
                self.tick += 1;
                let tick = self.tick;
                match self.map.get_mut(k) {
                    Some((v, at, used)) if ttl.map_or(true, |t| at.elapsed() < t) => {
                        *used = tick;
                        Some(v.clone())
                    }
                    _ => None,
                }
            }
            fn put(&mut self, k: #key_ty, v: #ret, cap: usize) {
                if self.map.len() >= cap {
                    if let Some(old) = self.map.iter().min_by_key(|(_, (_, _, u))| *u).map(|(k, _)| k.clone()) {
                        self.map.remove(&old);
                    }
                }
                self.tick += 1;
                self.map.insert(k, (v, ::std::time::Instant::now(), self.tick));
            }
        }
    };

    let lookup = if args.global {
        quote! {
            static #cache: ::std::sync::OnceLock<::std::sync::Mutex<__Store>> = ::std::sync::OnceLock::new();
            let cell = #cache.get_or_init(|| ::std::sync::Mutex::new(__Store { map: Default::default(), tick: 0 }));
            let key: #key_ty = #key_expr;
            if let Some(v) = cell.lock().unwrap().get(&key, #ttl) {
                return v;
            }
            let v = #inner(#(#names),*);
            cell.lock().unwrap().put(key, v.clone(), #capacity);
            v
        }
    } else {
        quote! {
            ::std::thread_local! {
                static #cache: ::std::cell::RefCell<__Store> =
                    ::std::cell::RefCell::new(__Store { map: Default::default(), tick: 0 });
            }
            let key: #key_ty = #key_expr;
            if let Some(v) = #cache.with(|c| c.borrow_mut().get(&key, #ttl)) {
                return v;
            }
            let v = #inner(#(#names),*);
            #cache.with(|c| c.borrow_mut().put(key, v.clone(), #capacity));
            v
        }
    };

    let mut inner_sig = sig.clone();
    inner_sig.ident = inner.clone();

    Ok(quote! {
        #(#attrs)*
        #vis #sig {
            #store
            #[inline(always)]
            #inner_sig #block
            #lookup
        }
    })
}
