fn main() {
    let x11 = pkg_config::Config::new().probe("x11").expect("libx11 development files");
    let mut b = cxx_build::bridge("src/lib.rs");
    b.file("src/shim.cc").include("include").flag_if_supported("-std=c++17");
    for p in &x11.include_paths {
        b.include(p);
    }
    b.compile("xhotkey_shim");
    println!("cargo:rerun-if-changed=src/shim.cc");
    println!("cargo:rerun-if-changed=include/shim.h");
    println!("cargo:rustc-link-lib=X11");
}
