//! Expands templates/neighbors.rs.in with ring tables up to RADIUS.

use std::{env, fs, path::Path};

const RADIUS: i32 = 6;

fn ring(r: i32) -> Vec<(i32, i32)> {
    let dirs = [(1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)];
    let mut v = Vec::new();
    let (mut q, mut s) = (-r, r);
    for d in dirs { for _ in 0..r { v.push((q, s)); q += d.0; s += d.1; } }
    v
}

fn main() {
    println!("cargo:rerun-if-changed=templates/neighbors.rs.in");
    let mut rings = String::new();
    for r in 1..=RADIUS { rings.push_str(&format!("    &{:?},\n", ring(r))); }
    let tpl = fs::read_to_string("templates/neighbors.rs.in").unwrap();
    let src = tpl.replace("/*RINGS*/", &rings).replace("/*RADIUS*/", &RADIUS.to_string());
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("neighbors.rs"), src).unwrap();
}
