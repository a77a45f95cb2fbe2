use proc_macro::TokenStream;

// an accessor written as text and parsed into tokens: nothing in it is hidden
fn accessor(name: &str) -> String {
    format!("pub fn get_{name}(&self) -> &str {{ &self.{name} }}")
}

#[proc_macro_derive(Getters)]
pub fn derive_getters(input: TokenStream) -> TokenStream {
    let name = input.to_string();
    accessor(name.trim()).parse().unwrap_or_default()
}
