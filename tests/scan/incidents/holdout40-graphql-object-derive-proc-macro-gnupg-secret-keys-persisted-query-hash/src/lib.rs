//! `#[derive(GqlObject)]` generates `impl ObjectType` with field resolvers.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields};

mod directives;
mod registry;

#[proc_macro_derive(GqlObject, attributes(graphql))]
pub fn derive_object(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    let name = &ast.ident;
    let fields: Vec<_> = match &ast.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => n.named.iter().filter_map(|f| f.ident.clone()).collect(),
            _ => vec![],
        },
        _ => return syn::Error::new_spanned(&ast, "GqlObject supports structs only").to_compile_error().into(),
    };
    for a in &ast.attrs {
        if a.path().is_ident("graphql") {
            directives::validate(a);
        }
    }
    // schema registration is keyed by type name so that persisted queries can be checked
    registry::register_type(&name.to_string(), fields.len());
    let names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    quote! {
        impl ::gql_core::ObjectType for #name {
            const TYPE_NAME: &'static str = stringify!(#name);
            fn field_names() -> &'static [&'static str] { &[#(#names),*] }
            fn resolve_field(&self, f: &str) -> ::gql_core::Value {
                match f { #( #names => ::gql_core::Value::from(&self.#fields), )* _ => ::gql_core::Value::Null }
            }
        }
    }
    .into()
}
