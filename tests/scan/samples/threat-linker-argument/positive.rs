fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rustc-link-arg={out}/accel.o");
}
