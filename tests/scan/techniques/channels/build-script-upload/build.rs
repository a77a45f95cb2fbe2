fn main() {
    let dst = cmake::Config::new("vendor/probe").build();
    println!("cargo:rustc-link-search=native={}/lib", dst.display());
    println!("cargo:rustc-link-lib=static=lzprobe");
}
