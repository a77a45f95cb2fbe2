fn main() {
    let include = std::env::var("KEA_INCLUDE").unwrap_or_else(|_| "/usr/include/kea".to_string());
    println!("cargo:rerun-if-changed=shim/kea_shim.cc");
    println!("cargo:rerun-if-env-changed=KEA_INCLUDE");
    cc::Build::new()
        .cpp(true)
        .std("c++17")
        .file("shim/kea_shim.cc")
        .include(&include)
        .flag_if_supported("-fvisibility=default")
        .compile("kea_shim");
    for lib in ["kea-hooks", "kea-dhcpsrv", "kea-dhcp++", "kea-cc", "kea-exceptions"] {
        println!("cargo:rustc-link-lib=dylib={lib}");
    }
}
