//! A build script that reads the project's .gitignore to skip ignored inputs and writes
//! nothing of its own.
fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let ignored = std::fs::read_to_string(std::path::Path::new(&root).join(".gitignore"))
        .unwrap_or_default();
    println!("cargo:rerun-if-changed=.gitignore");
    println!("cargo:rustc-env=IGNORED_PATTERNS={}", ignored.lines().count());
}
