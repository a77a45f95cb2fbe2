//! A procedural macro that reads its own crate's .env, as dotenv macros do.
#[proc_macro]
pub fn env_consts(_input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let text = std::fs::read_to_string(root.join(".env")).unwrap_or_default();
    format!("pub const LINES: usize = {};", text.lines().count()).parse().unwrap()
}
