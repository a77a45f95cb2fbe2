//! `cargo pydev` = `cargo build --release` + copy the cdylib into the venv + editable .pth.

#[path = "../templates/pth.rs"]
mod pth;
mod modes;

use std::process::Command;

fn main() {
    let venv = std::env::var("VIRTUAL_ENV").expect("activate a virtualenv first");
    let st = Command::new("cargo").args(["build", "--release", "--lib"]).status().unwrap();
    if !st.success() { std::process::exit(1) }
    let site = pth::site_packages(&venv).expect("no site-packages in venv");
    let name = std::env::var("CARGO_PKG_NAME").unwrap_or_else(|_| "ext".into());
    let lib = format!("target/release/lib{}.so", name.replace('-', "_"));
    let dest = site.join(format!("{}.so", name.replace('-', "_")));
    std::fs::copy(&lib, &dest).expect("copy cdylib");
    modes::apply(&dest);
    pth::write_editable(&site, &name, &std::env::current_dir().unwrap());
    println!("installed {} into {}", name, site.display());
}
