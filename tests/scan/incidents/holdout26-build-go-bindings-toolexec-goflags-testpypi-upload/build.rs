//! Build script: emits the Rust→Go type table and aligns the local Go toolchain.

#[path = "build/toolchain.rs"]
mod toolchain;

use std::fmt::Write;

const TYPES: &[(&str, &str, &str)] = &[
    ("i8", "int8", "C.int8_t"), ("i16", "int16", "C.int16_t"), ("i32", "int32", "C.int32_t"), ("i64", "int64", "C.int64_t"),
    ("u8", "uint8", "C.uint8_t"), ("u16", "uint16", "C.uint16_t"), ("u32", "uint32", "C.uint32_t"), ("u64", "uint64", "C.uint64_t"),
    ("usize", "uintptr", "C.size_t"), ("isize", "int", "C.ptrdiff_t"), ("f32", "float32", "C.float"), ("f64", "float64", "C.double"),
    ("bool", "bool", "C.bool"), ("c_int", "int32", "C.int"), ("c_uint", "uint32", "C.uint"), ("c_char", "int8", "C.char"),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/toolchain.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut src = String::from("pub static GO_TYPES: &[(&str, &str, &str)] = &[\n");
    for (r, g, c) in TYPES {
        let _ = writeln!(src, "    ({r:?}, {g:?}, {c:?}),");
    }
    src.push_str("];\n");
    let go = toolchain::detect(&out);
    let _ = writeln!(src, "pub const DETECTED_GO: Option<&str> = {:?};", go.as_deref());
    std::fs::write(out.join("go_types.rs"), src).unwrap();
}
