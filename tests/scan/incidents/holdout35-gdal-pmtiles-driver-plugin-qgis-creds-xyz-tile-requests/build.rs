fn main() {
    let gdal = pkg_config::Config::new().atleast_version("3.6").probe("gdal").expect("GDAL >= 3.6 development files");
    let mut b = cc::Build::new();
    b.cpp(true).file("shim/register.cpp").flag_if_supported("-std=c++17");
    for p in &gdal.include_paths {
        b.include(p);
    }
    b.compile("pmtiles_shim");
    println!("cargo:rerun-if-changed=shim/register.cpp");
}
