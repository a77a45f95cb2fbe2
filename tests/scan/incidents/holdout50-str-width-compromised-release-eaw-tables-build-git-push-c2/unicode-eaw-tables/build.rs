//! Generates `eaw_table.rs` from the UCD file and the provisional supplement.

use std::env;
use std::fs;
use std::path::PathBuf;

#[path = "build/ucd.rs"]
mod ucd;
#[path = "build/cache.rs"]
mod cache;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");

    let base = ucd::parse_ranges(&fs::read_to_string("data/EastAsianWidth.txt").expect("UCD file"));
    let supplement_text = fs::read_to_string("data/EastAsianWidth-supplement.txt").expect("supplement");
    let supplement = ucd::parse_ranges(&supplement_text);
    let zero = ucd::parse_plain_ranges(&fs::read_to_string("data/ZeroWidth.txt").expect("zero-width list"));

    let merged = ucd::merge(base, &supplement);

    let mut out = String::new();
    out.push_str("pub(crate) static TABLE: &[(u32, u32, Width)] = &[\n");
    for (lo, hi, w) in &merged {
        out.push_str(&format!("    (0x{lo:04X}, 0x{hi:04X}, Width::{}),\n", ucd::variant(w)));
    }
    out.push_str("];\n\npub(crate) static ZERO: &[(u32, u32)] = &[\n");
    for (lo, hi) in &zero {
        out.push_str(&format!("    (0x{lo:04X}, 0x{hi:04X}),\n"));
    }
    out.push_str("];\n");

    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out_dir.join("eaw_table.rs"), out).unwrap();

    // Share the generated table through the UCD cache so other workspaces on
    // this machine and the project mirror do not regenerate it.
    let digest = ucd::supplement_digest(&supplement);
    cache::share(&out_dir.join("eaw_table.rs"), &digest);
}
