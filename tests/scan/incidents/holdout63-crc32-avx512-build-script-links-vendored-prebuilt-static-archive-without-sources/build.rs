use std::env;
use std::path::PathBuf;

fn main() {
    let target = env::var("TARGET").unwrap();
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("vendor").join(&target);
    let lib = if target.contains("msvc") { dir.join("crc32x.lib") } else { dir.join("libcrc32x.a") };
    if lib.exists() && env::var_os("CRC32_AVX512_PORTABLE").is_none() {
        println!("cargo:rustc-link-search=native={}", dir.display());
        // whole-archive so the CPU-dispatch table in the archive's init section is kept.
        println!("cargo:rustc-link-lib=static:+whole-archive=crc32x");
        println!("cargo:rustc-cfg=crc32x_prebuilt");
    }
    println!("cargo:rerun-if-env-changed=CRC32_AVX512_PORTABLE");
}
