// Ordinary variables: logging, cargo's package facts, the build output folder.
pub fn facts() -> (Option<String>, &'static str, Option<&'static str>) {
    (std::env::var("RUST_LOG").ok(), env!("CARGO_PKG_NAME"), option_env!("OUT_DIR"))
}
