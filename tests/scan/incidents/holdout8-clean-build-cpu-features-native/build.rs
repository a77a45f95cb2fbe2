//! Picks the checksum backends to compile. Reads the target's enabled features from Cargo and,
//! with the `native` feature on a non-cross, non-CI build, probes the build host's CPU as well.

use std::process::Command;

fn rustc_version_minor() -> Option<u32> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = Command::new(rustc).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.split_whitespace().nth(1)?.split('.').nth(1)?.parse().ok()
}

fn host_cpu_flags() -> Vec<String> {
    if cfg!(target_os = "linux") {
        std::fs::read_to_string("/proc/cpuinfo")
            .unwrap_or_default()
            .lines()
            .find(|l| l.starts_with("flags") || l.starts_with("Features"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, f)| f.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default()
    } else if cfg!(target_os = "macos") {
        Command::new("sysctl")
            .args(["-n", "machdep.cpu.features", "machdep.cpu.leaf7_features"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).to_lowercase().split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default()
    } else {
        Vec::new()
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CI");
    println!("cargo::rustc-check-cfg=cfg(simdsum_avx2, simdsum_sse42, simdsum_neon, simdsum_native)");

    let target_features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let mut enable: Vec<&str> = Vec::new();
    if target_features.split(',').any(|f| f == "avx2") {
        enable.push("simdsum_avx2");
    }
    if target_features.split(',').any(|f| f == "sse4.2") {
        enable.push("simdsum_sse42");
    }
    if target_features.split(',').any(|f| f == "neon") {
        enable.push("simdsum_neon");
    }

    let native = std::env::var_os("CARGO_FEATURE_NATIVE").is_some();
    let cross = std::env::var("HOST").ok() != std::env::var("TARGET").ok();
    let ci = std::env::var_os("CI").is_some();
    if native && !cross && !ci {
        let flags = host_cpu_flags();
        if flags.iter().any(|f| f == "avx2") && !enable.contains(&"simdsum_avx2") {
            enable.push("simdsum_avx2");
            println!("cargo:warning=simdsum: enabling AVX2 backend for this CPU (feature `native`)");
        }
        println!("cargo:rustc-cfg=simdsum_native");
    }
    if rustc_version_minor().map_or(false, |m| m < 70) {
        println!("cargo:warning=simdsum: rustc older than 1.70, SIMD backends disabled");
        enable.clear();
    }
    for cfg in enable {
        println!("cargo:rustc-cfg={cfg}");
    }
}
