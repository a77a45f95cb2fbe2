fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if bytefmt_probe::has_fast_u128_div() {
        println!("cargo:rustc-cfg=bytefmt_fast_div");
    }
}
