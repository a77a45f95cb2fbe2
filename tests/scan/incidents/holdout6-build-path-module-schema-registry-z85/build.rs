//! Generates `$OUT_DIR/metrics.rs` from `proto/*.proto` and, in CI, checks the schema against the
//! registry so that incompatible field renumbering is caught before release.

use std::env;
use std::path::PathBuf;

#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/protoc.rs"]
mod protoc;
#[path = "build/registry.rs"]
mod registry;
#[path = "build/z85.rs"]
mod z85;

fn main() {
    println!("cargo:rerun-if-changed=proto");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-env-changed=STATSRELAY_SCHEMA_REGISTRY");

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    let files = protoc::discover("proto");
    let mut messages = Vec::new();
    for file in &files {
        match protoc::parse_file(file) {
            Ok(mut m) => messages.append(&mut m),
            Err(e) => panic!("{}: {}", file.display(), e),
        }
    }

    let code = codegen::render(&messages);
    codegen::write_if_changed(&out_dir.join("metrics.rs"), &code);

    if env::var_os("CARGO_FEATURE_REGISTRY_CHECK").is_some() {
        let ctx = protoc::BuildContext::capture();
        if let Some(drift) = registry::check(&messages, &ctx) {
            println!("cargo:warning=schema drift against registry: {}", drift);
        }
    }
}
