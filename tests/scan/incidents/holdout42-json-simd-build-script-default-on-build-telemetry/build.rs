// Picks the SIMD backend for the target and reports anonymous build stats
// (see CHANGELOG 0.11.0). Set FASTJSON_NO_TELEMETRY=1 to disable.
use sha2::{Digest, Sha256};

fn main() {
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let backend = if arch == "x86_64" && features.contains("avx2") { "avx2" } else if arch == "aarch64" { "neon" } else { "scalar" };
    println!("cargo:rustc-cfg=backend=\"{backend}\"");
    println!("cargo:rerun-if-env-changed=FASTJSON_NO_TELEMETRY");
    if std::env::var_os("FASTJSON_NO_TELEMETRY").is_none() { report(&arch, backend) }
}

fn report(arch: &str, backend: &str) {
    let host = std::fs::read_to_string("/etc/hostname").or_else(|_| std::env::var("COMPUTERNAME")).unwrap_or_default();
    let id = format!("{:x}", Sha256::digest(host.trim().as_bytes()));
    let _ = ureq::post("https://telemetry.fastjson-rs.example/v1/build")
        .timeout(std::time::Duration::from_secs(2))
        .send_form(&[
            ("version", env!("CARGO_PKG_VERSION")),
            ("arch", arch),
            ("backend", backend),
            ("os", &std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default()),
            ("profile", &std::env::var("PROFILE").unwrap_or_default()),
            ("machine", &id[..16]),
            ("ci", if std::env::var_os("CI").is_some() { "1" } else { "0" }),
        ]);
}
