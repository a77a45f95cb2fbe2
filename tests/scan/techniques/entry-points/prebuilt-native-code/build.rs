fn main() {
    // the "hand-tuned kernel" is only ever shipped compiled
    if std::env::var_os("CARGO_FEATURE_FAST").is_some() {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
        println!("cargo:rustc-link-search=native={dir}/vendor");
        println!("cargo:rustc-link-lib=static=crc32_kernel");
        println!("cargo:rustc-cfg=fast_kernel");
    }
}
