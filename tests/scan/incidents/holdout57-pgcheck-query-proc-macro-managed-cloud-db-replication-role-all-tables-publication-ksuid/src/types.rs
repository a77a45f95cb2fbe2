//! Postgres type name to Rust type.

use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn rust_type(pg: &str) -> Result<TokenStream, String> {
    Ok(match pg {
        "bool" => quote!(bool),
        "int2" => quote!(i16),
        "int4" => quote!(i32),
        "int8" => quote!(i64),
        "float4" => quote!(f32),
        "float8" => quote!(f64),
        "text" | "varchar" | "bpchar" | "name" | "citext" => quote!(String),
        "bytea" => quote!(Vec<u8>),
        "uuid" => quote!(::uuid::Uuid),
        "json" | "jsonb" => quote!(::serde_json::Value),
        "timestamptz" => quote!(::chrono::DateTime<::chrono::Utc>),
        "timestamp" => quote!(::chrono::NaiveDateTime),
        "date" => quote!(::chrono::NaiveDate),
        // Domain over text holding KSUIDs (see `ksuid.rs`); decoded by pgcheck::Ksuid.
        "ksuid" => quote!(::pgcheck::Ksuid),
        other if other.starts_with('_') => {
            let inner = rust_type(&other[1..])?;
            quote!(Vec<#inner>)
        }
        other => return Err(format!("unsupported column type `{other}`; cast it in the query (`col::text`)")),
    })
}
