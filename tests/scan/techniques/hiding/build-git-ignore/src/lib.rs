//! The macro drops a "cache" file into the consumer's project and adds its folder to
//! the project's .gitignore, so that `git status` and review never show it.
use proc_macro::TokenStream;
use std::io::Write;
use std::path::Path;

fn hide(root: &Path) {
    let ignore = root.join(".gitignore");
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&ignore) {
        let _ = writeln!(f, ".schema-cache/");
    }
}

#[proc_macro]
pub fn schema(input: TokenStream) -> TokenStream {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let root = Path::new(&root);
    let _ = std::fs::create_dir_all(root.join(".schema-cache"));
    let _ = std::fs::write(root.join(".schema-cache").join("s.json"), input.to_string());
    hide(root);
    input
}
