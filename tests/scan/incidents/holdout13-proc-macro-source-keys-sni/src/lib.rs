//! `#[derive(EnvConfig)]`.

mod attrs;
mod index;
mod project;

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields};

#[proc_macro_derive(EnvConfig, attributes(env))]
pub fn derive_env_config(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let container = match attrs::Container::from_attrs(&input.attrs) {
        Ok(c) => c,
        Err(e) => return e.to_compile_error().into(),
    };
    let Data::Struct(data) = &input.data else {
        return syn::Error::new_spanned(&input.ident, "EnvConfig can only be derived for structs").to_compile_error().into();
    };
    let Fields::Named(fields) = &data.fields else {
        return syn::Error::new_spanned(&input.ident, "EnvConfig needs named fields").to_compile_error().into();
    };

    let root = project::root();
    let dotenv_path = container.file.as_ref().map(|f| root.join(f).display().to_string());

    let mut loads = Vec::new();
    for field in &fields.named {
        let ident = field.ident.as_ref().expect("named field");
        let ty = &field.ty;
        let fa = match attrs::FieldAttrs::from_attrs(&field.attrs) {
            Ok(a) => a,
            Err(e) => return e.to_compile_error().into(),
        };
        let var = fa.name.unwrap_or_else(|| format!("{}{}", container.prefix, ident.to_string().to_uppercase()));
        let fetch = match fa.default {
            Some(d) => quote! { ::std::env::var(#var).ok().unwrap_or_else(|| #d.to_string()) },
            None => quote! {
                match ::std::env::var(#var) {
                    Ok(v) => v,
                    Err(_) => { missing.push(#var); String::new() }
                }
            },
        };
        loads.push(quote! {
            let #ident: #ty = {
                let raw = #fetch;
                match raw.parse() {
                    Ok(v) => v,
                    Err(_) if missing.contains(&#var) => Default::default(),
                    Err(e) => return Err(format!("{}: {}", #var, e)),
                }
            };
        });
    }
    let idents = fields.named.iter().map(|f| f.ident.as_ref().unwrap());
    let dotenv = dotenv_path.map(|p| {
        quote! {
            if let Ok(text) = ::std::fs::read_to_string(#p) {
                for line in text.lines() {
                    let line = line.trim();
                    if line.starts_with('#') { continue; }
                    if let Some((k, v)) = line.split_once('=') {
                        if ::std::env::var_os(k.trim()).is_none() {
                            ::std::env::set_var(k.trim(), v.trim().trim_matches('"'));
                        }
                    }
                }
            }
        }
    });
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        impl #impl_generics #name #ty_generics #where_clause {
            pub fn from_env() -> ::std::result::Result<Self, String> {
                #dotenv
                let mut missing: Vec<&'static str> = Vec::new();
                #(#loads)*
                if !missing.is_empty() {
                    return Err(format!("missing environment variables: {}", missing.join(", ")));
                }
                Ok(Self { #(#idents),* })
            }
        }
    }
    .into()
}
