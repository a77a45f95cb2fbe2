fn main() {
    println!("cargo:rerun-if-changed=vendor/libmodes_crc_x86_64.a");
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if std::env::var_os("CARGO_FEATURE_FAST_CRC").is_some() && arch == "x86_64" {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
        println!("cargo:rustc-link-search=native={dir}/vendor");
        println!("cargo:rustc-link-lib=static=modes_crc_x86_64");
        println!("cargo:rustc-cfg=fast_crc");
    }
}
