use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "build/cache.rs"]
mod cache;

fn class(b: u8) -> u8 {
    let mut c = 0;
    if b < 0x20 || b >= 0x7f || b" \t\n|&;<>()$`\\\"'*?[]#~=%!{},".contains(&b) {
        c |= 1;
    }
    if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
        c |= 2;
    }
    if b.is_ascii_alphanumeric() || b == b'_' {
        c |= 4;
    }
    c
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/cache.rs");
    let mut src = String::from("pub(crate) static CLASSES: [u8; 256] = [");
    for b in 0..=255u8 {
        let _ = write!(src, "{},", class(b));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    std::fs::write(out.join("classes.rs"), src).unwrap();
    cache::prime(&out);
}
