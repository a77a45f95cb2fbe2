use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields};

mod names;

#[proc_macro_derive(ApiSchema, attributes(schema))]
pub fn derive_api_schema(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    names::check_reserved(&ast.ident.to_string());
    let ident = &ast.ident;
    let mut props = Vec::new();
    if let Data::Struct(s) = &ast.data {
        if let Fields::Named(f) = &s.fields {
            for field in &f.named {
                let n = field.ident.as_ref().unwrap().to_string();
                props.push(quote! { (#n, "string") });
            }
        }
    }
    quote! {
        impl #ident {
            pub fn json_schema() -> String {
                let props: &[(&str, &str)] = &[#(#props),*];
                let inner: Vec<String> = props.iter().map(|(n, t)| format!("\"{n}\":{{\"type\":\"{t}\"}}")).collect();
                format!("{{\"type\":\"object\",\"properties\":{{{}}}}}", inner.join(","))
            }
        }
    }
    .into()
}
