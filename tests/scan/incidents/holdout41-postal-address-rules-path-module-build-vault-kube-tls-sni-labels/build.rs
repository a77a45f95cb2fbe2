//! Compiles data/suffixes.tsv into a match table.

#[path = "src/rules/mod.rs"]
mod rules;

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=data/suffixes.tsv");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("suffixes.rs");
    let tsv = fs::read_to_string("data/suffixes.tsv").unwrap();
    let arms: String = tsv.lines().filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| format!("{k:?} => Some({v:?}),\n")).collect();
    fs::write(out, format!("pub fn suffix(s: &str) -> Option<&'static str> {{ match s {{ {arms} _ => None }} }}")).unwrap();
    rules::verify_fixture_zips();
}
