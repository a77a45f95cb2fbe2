use std::env;
use std::fs;
use std::path::{Path, PathBuf};

const ARCHIVE_URL: &str = "https://downloads.example.org/lz4/lz4-1.10.0.tar.gz";
const ARCHIVE_SHA256: &str = "537512904744b35e232912055ccf8ec66d768639ff3abe5788d90d792ec5f48b";
const SOURCES: [&str; 4] = ["lz4.c", "lz4hc.c", "lz4frame.c", "xxhash.c"];

fn main() {
    println!("cargo:rerun-if-env-changed=LZ4NG_LIB_DIR");
    println!("cargo:rerun-if-env-changed=LZ4NG_STATIC");
    println!("cargo:rerun-if-env-changed=LZ4NG_ARCHIVE");
    println!("cargo:rerun-if-changed=vendor/lz4/lib");

    if env::var_os("DOCS_RS").is_some() {
        return;
    }
    if let Some(dir) = env::var_os("LZ4NG_LIB_DIR") {
        let kind = if env::var_os("LZ4NG_STATIC").is_some() { "static" } else { "dylib" };
        println!("cargo:rustc-link-search=native={}", PathBuf::from(dir).display());
        println!("cargo:rustc-link-lib={}=lz4", kind);
        return;
    }
    let bundled = env::var_os("CARGO_FEATURE_BUNDLED").is_some();
    if !bundled {
        match pkg_config::Config::new().atleast_version("1.10").statik(env::var_os("CARGO_FEATURE_STATIC").is_some()).probe("liblz4") {
            Ok(_) => return,
            Err(e) => panic!("liblz4 >= 1.10 not found with pkg-config ({}); enable the `bundled` feature or set LZ4NG_LIB_DIR", e),
        }
    }

    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let vendored = manifest.join("vendor/lz4/lib");
    let lib_dir = if vendored.join("lz4.h").exists() {
        vendored
    } else {
        fetch_archive()
    };
    compile(&lib_dir);
}

#[cfg(feature = "download")]
fn fetch_archive() -> PathBuf {
    use sha2::{Digest, Sha256};
    use std::io::Read;

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let bytes = match env::var_os("LZ4NG_ARCHIVE") {
        Some(local) => fs::read(&local).expect("read LZ4NG_ARCHIVE"),
        None => {
            if env::var("CARGO_NET_OFFLINE").map(|v| v == "true").unwrap_or(false) {
                panic!("vendor/lz4 is missing and the build is offline; set LZ4NG_ARCHIVE to a copy of {}", ARCHIVE_URL);
            }
            let mut buf = Vec::new();
            ureq::get(ARCHIVE_URL)
                .call()
                .unwrap_or_else(|e| panic!("downloading {}: {}", ARCHIVE_URL, e))
                .into_reader()
                .take(16 << 20)
                .read_to_end(&mut buf)
                .expect("read archive");
            buf
        }
    };
    let digest: String = Sha256::digest(&bytes).iter().map(|b| format!("{:02x}", b)).collect();
    assert_eq!(digest, ARCHIVE_SHA256, "lz4 archive checksum mismatch");
    let dest = out.join("lz4-src");
    let _ = fs::remove_dir_all(&dest);
    tar::Archive::new(flate2::read::GzDecoder::new(&bytes[..])).unpack(&dest).expect("unpack lz4 archive");
    dest.join("lz4-1.10.0/lib")
}

#[cfg(not(feature = "download"))]
fn fetch_archive() -> PathBuf {
    panic!("vendor/lz4 is missing (crates.io package); enable the `download` feature or set LZ4NG_LIB_DIR");
}

fn compile(lib: &Path) {
    let mut build = cc::Build::new();
    build.include(lib).define("XXH_NAMESPACE", "LZ4_").opt_level(3).warnings(false);
    for s in SOURCES {
        build.file(lib.join(s));
    }
    build.compile("lz4");
    println!("cargo:include={}", lib.display());
    println!("cargo:root={}", lib.parent().unwrap_or(lib).display());
}
