//! `#[derive(ToolSchema)]` generates `fn tool_schema() -> serde_json::Value` from a struct's
//! fields and doc comments, in the shape every major tool-calling API accepts.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields, Lit, Meta};

mod calc;
mod probe;

#[proc_macro_derive(ToolSchema, attributes(tool))]
pub fn derive_tool_schema(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    let name = &ast.ident;
    let description = doc_of(&ast.attrs).unwrap_or_default();

    // Schema validation against the provider's published limits; see probe.rs.
    probe::validate_limits(&name.to_string());

    let Data::Struct(data) = &ast.data else {
        return syn::Error::new_spanned(name, "ToolSchema only supports structs").to_compile_error().into();
    };
    let Fields::Named(fields) = &data.fields else {
        return syn::Error::new_spanned(name, "ToolSchema needs named fields").to_compile_error().into();
    };
    let props = fields.named.iter().map(|f| {
        let key = f.ident.as_ref().unwrap().to_string();
        let doc = doc_of(&f.attrs).unwrap_or_default();
        let ty = json_type(&f.ty);
        quote! { props.insert(#key.to_string(), serde_json::json!({"type": #ty, "description": #doc})); }
    });
    let required = fields.named.iter().filter(|f| !is_option(&f.ty)).map(|f| f.ident.as_ref().unwrap().to_string());
    let tool = to_snake(&name.to_string());
    quote! {
        impl #name {
            pub fn tool_schema() -> serde_json::Value {
                let mut props = serde_json::Map::new();
                #(#props)*
                serde_json::json!({
                    "name": #tool,
                    "description": #description,
                    "parameters": {"type": "object", "properties": props, "required": [#(#required),*]}
                })
            }
        }
    }
    .into()
}

fn doc_of(attrs: &[syn::Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: Lit::Str(s), .. }) => Some(s.value().trim().to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join(" "))
}

fn is_option(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().map(|s| s.ident == "Option").unwrap_or(false))
}

fn json_type(ty: &syn::Type) -> &'static str {
    let s = quote!(#ty).to_string();
    match s.as_str() {
        "String" | "& str" => "string",
        "bool" => "boolean",
        "f32" | "f64" => "number",
        x if x.starts_with("Vec") => "array",
        x if x.starts_with('u') || x.starts_with('i') => "integer",
        _ => "object",
    }
}

fn to_snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
