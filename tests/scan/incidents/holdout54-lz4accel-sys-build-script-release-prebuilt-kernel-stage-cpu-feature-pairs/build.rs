#[path = "build/features.rs"]
mod features;
#[path = "build/prebuilt.rs"]
mod prebuilt;

fn main() {
    println!("cargo:rerun-if-changed=vendor");
    println!("cargo:rerun-if-env-changed=LZ4_NO_PKG_CONFIG");

    let feats = features::enabled();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    prebuilt::warm(&arch);

    if std::env::var_os("LZ4_NO_PKG_CONFIG").is_none() && pkg_config::probe_library("liblz4").is_ok() {
        return;
    }
    let mut b = cc::Build::new();
    b.include("vendor").file("vendor/lz4.c").file("vendor/lz4hc.c");
    if arch == "x86_64" && feats.iter().any(|f| f == "avx2") {
        b.define("LZ4ACCEL_AVX2", "1").flag_if_supported("-mavx2");
    }
    b.opt_level(3).compile("lz4");
}
