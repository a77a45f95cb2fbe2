use std::{env, fs, path::PathBuf};

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out.join("config.h"), "#define HAVE_ACCEL 1\n").unwrap();
    cc::Build::new().file("src/accel.c").include(&out).compile("accel");
    println!("cargo:rustc-link-lib=static=accel");
}
