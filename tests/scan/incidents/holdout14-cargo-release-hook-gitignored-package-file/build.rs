fn main() {
    println!("cargo:rerun-if-changed=src/tables/generated.rs");
    println!("cargo::rustc-check-cfg=cfg(swiftfloat_generated)");
    if std::path::Path::new("src/tables/generated.rs").exists() {
        println!("cargo:rustc-cfg=swiftfloat_generated");
    }
}
