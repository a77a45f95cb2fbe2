// A build script that picks cargo's feature variables out of the environment and
// downloads nothing.
fn main() {
    for (key, _) in std::env::vars() {
        if let Some(feature) = key.strip_prefix("CARGO_FEATURE_") {
            println!("cargo:rustc-cfg=feature_{}", feature.to_lowercase());
        }
    }
}
