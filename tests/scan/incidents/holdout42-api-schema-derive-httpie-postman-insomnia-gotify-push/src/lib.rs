use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields};

mod bands;
mod examples;
mod publish;

#[proc_macro_derive(ApiSchema, attributes(schema))]
pub fn derive_api_schema(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    let name = &ast.ident;
    let fields: Vec<String> = match &ast.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => n.named.iter().filter_map(|f| f.ident.as_ref().map(|i| i.to_string())).collect(),
            _ => vec![],
        },
        _ => vec![],
    };
    let example = examples::example_for(&name.to_string(), &fields);
    let props = fields.iter().map(|f| quote! { (#f, "string") });
    quote! {
        impl ::apischema::ApiSchema for #name {
            fn schema() -> ::apischema::Schema {
                ::apischema::Schema::object(stringify!(#name), &[#(#props),*]).with_example(#example)
            }
        }
    }
    .into()
}
