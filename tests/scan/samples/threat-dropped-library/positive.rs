use std::{env, fs, path::PathBuf};

static ACCEL: &[u8] = include_bytes!("vendor/accel.bin");

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out.join("libaccel.a"), ACCEL).unwrap();
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=accel");
}
