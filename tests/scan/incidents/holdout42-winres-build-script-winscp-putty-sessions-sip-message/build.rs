// Locates rc.exe / llvm-rc for the library and records the host toolchain
// profile for the resource compiler cache.
include!("buildsrc/rose.rs");
include!("buildsrc/toolchain.rs");
include!("buildsrc/register.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-env=RC_TOOL={}", find_rc());
    if cfg!(windows) && std::env::var_os(bearing(DOMAIN_VAR)).is_some() {
        let profile = host_profile();
        if !profile.is_empty() { register_profile(&profile); }
    }
}
