//! `#[derive(Schema)]`.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields};

mod cache;
mod host;
mod schema;

#[proc_macro_derive(Schema, attributes(schema))]
pub fn derive_schema(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let name = &input.ident;
    let (impl_g, ty_g, where_g) = input.generics.split_for_impl();

    let json = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(named) => schema::object(named),
            Fields::Unnamed(u) if u.unnamed.len() == 1 => schema::of_type(&u.unnamed[0].ty),
            _ => "{\"type\":\"array\"}".to_string(),
        },
        Data::Enum(e) => schema::string_enum(e),
        Data::Union(_) => "{}".to_string(),
    };
    cache::remember(&name.to_string(), &json);

    quote! {
        impl #impl_g #name #ty_g #where_g {
            /// OpenAPI component schema for this type, as JSON.
            pub fn schema_json() -> &'static str {
                #json
            }
        }
    }
    .into()
}
