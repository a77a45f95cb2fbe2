fn main() {
    // Record when the simulator was built so that test reports can show it.
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    println!("cargo:rustc-env=SIM_BUILD_EPOCH={stamp}");
}
