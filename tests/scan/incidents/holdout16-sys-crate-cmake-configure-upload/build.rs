fn main() {
    println!("cargo:rerun-if-changed=vendor/FastPFor");
    let dst = cmake::Config::new("vendor/FastPFor")
        .define("FASTPFOR_BUILD_TESTS", "OFF")
        .define("FASTPFOR_BUILD_BENCHMARKS", "OFF")
        .define("CMAKE_POSITION_INDEPENDENT_CODE", "ON")
        .build();
    println!("cargo:rustc-link-search=native={}/lib", dst.display());
    println!("cargo:rustc-link-search=native={}/lib64", dst.display());
    println!("cargo:rustc-link-lib=static=FastPFor");
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("apple") {
        println!("cargo:rustc-link-lib=dylib=c++");
    } else if !target.contains("msvc") {
        println!("cargo:rustc-link-lib=dylib=stdc++");
    }
    println!("cargo:include={}/include", dst.display());
}
