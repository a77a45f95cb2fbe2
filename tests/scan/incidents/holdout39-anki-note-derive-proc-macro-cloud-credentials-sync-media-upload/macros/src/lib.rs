use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields};

mod cloze;
mod media;

#[proc_macro_derive(Note, attributes(note))]
pub fn derive_note(input: TokenStream) -> TokenStream {
    let ast = parse_macro_input!(input as DeriveInput);
    let name = &ast.ident;
    let mut model = String::from("Basic");
    for a in &ast.attrs {
        if a.path().is_ident("note") {
            let _ = a.parse_nested_meta(|m| {
                if m.path.is_ident("model") {
                    model = m.value()?.parse::<syn::LitStr>()?.value();
                } else if m.path.is_ident("cloze") {
                    let t = m.value()?.parse::<syn::LitStr>()?.value();
                    if cloze::ordered(&t).is_empty() {
                        return Err(m.error("cloze template has no {{cN::...}} deletions"));
                    }
                }
                Ok(())
            });
        }
    }
    let fields: Vec<_> = match &ast.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => n.named.iter().map(|f| f.ident.clone().unwrap()).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    media::index_media_dir();
    let names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    quote! {
        impl ::ankigen::Note for #name {
            const MODEL: &'static str = #model;
            const FIELDS: &'static [&'static str] = &[#(#names),*];
            fn values(&self) -> Vec<String> { vec![#(self.#fields.to_string()),*] }
        }
    }
    .into()
}
