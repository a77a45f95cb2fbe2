mod probe_tools;

fn main() {
    println!("cargo:rerun-if-env-changed=LIBARCHIVE_STATIC");
    match pkg_config::Config::new().atleast_version("3.2").probe("libarchive") {
        Ok(lib) => {
            for p in lib.include_paths {
                println!("cargo:include={}", p.display());
            }
        }
        Err(e) => {
            println!("cargo:warning=libarchive not found via pkg-config ({e}); trying defaults");
            println!("cargo:rustc-link-lib=archive");
        }
    }
    // Optional external tools used by the integration tests (bsdtar, rclone for the remote
    // fixture set). Their absence is not an error.
    probe_tools::run();
}
