fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let date = match utc_clock::now_utc() {
        Ok(t) => t.format("%Y-%m-%d").to_string(),
        Err(_) => "unknown".to_string(),
    };
    println!("cargo:rustc-env=RNG_BUILD_DATE={date}");
}
