//! Finds libxdiff. Order:
//! 1. `LIBXDIFF_LIB_DIR` (+ `LIBXDIFF_STATIC=1`): link what is there.
//! 2. pkg-config (unless the `static` feature is on).
//! 3. `LIBXDIFF_SOURCE` (a local release tarball) or, with feature `download-source`, the pinned
//!    upstream release: checked against its SHA-256, unpacked into OUT_DIR and compiled with cc.

use std::env;
use std::path::{Path, PathBuf};

const VERSION: &str = "0.23";
const TARBALL_SHA256: &str = "a558c355f1c8acf96478b1ab028ed2f4f00941cc249917a763eb48c8ae766087";
const MIRRORS: [&str; 2] = [
    "https://downloads.libxdiff.example/releases/libxdiff-0.23.tar.gz",
    "https://mirror.libxdiff.example/libxdiff/libxdiff-0.23.tar.gz",
];

const SOURCES: [&str; 9] = [
    "xdiffi.c", "xprepare.c", "xpatchi.c", "xmerge3.c", "xemit.c", "xmissing.c", "xutils.c", "xadler32.c", "xbdiff.c",
];

fn env_path(name: &str) -> Option<PathBuf> {
    println!("cargo:rerun-if-env-changed={name}");
    env::var_os(name).map(PathBuf::from)
}

#[cfg(feature = "download-source")]
fn fetch(out: &Path) -> Result<PathBuf, String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;

    if env::var_os("DOCS_RS").is_some() {
        return Err("not downloading on docs.rs".into());
    }
    if env::var("CARGO_NET_OFFLINE").map(|v| v == "true").unwrap_or(false) {
        return Err("offline build: set LIBXDIFF_SOURCE to a local copy of libxdiff-0.23.tar.gz".into());
    }
    let mut last = String::new();
    for url in MIRRORS {
        let mut body = Vec::new();
        match ureq::get(url).call() {
            Ok(r) => {
                if r.into_reader().take(16 << 20).read_to_end(&mut body).is_err() {
                    continue;
                }
            }
            Err(e) => {
                last = e.to_string();
                continue;
            }
        }
        let digest = format!("{:x}", Sha256::digest(&body));
        if digest != TARBALL_SHA256 {
            last = format!("{url}: checksum mismatch ({digest})");
            continue;
        }
        let tgz = out.join(format!("libxdiff-{VERSION}.tar.gz"));
        std::fs::write(&tgz, &body).map_err(|e| e.to_string())?;
        return Ok(tgz);
    }
    Err(format!("could not download libxdiff {VERSION}: {last}"))
}

#[cfg(feature = "download-source")]
fn unpack(tgz: &Path, out: &Path) -> Result<PathBuf, String> {
    let f = std::fs::File::open(tgz).map_err(|e| e.to_string())?;
    tar::Archive::new(flate2::read::GzDecoder::new(f)).unpack(out).map_err(|e| e.to_string())?;
    Ok(out.join(format!("libxdiff-{VERSION}")).join("xdiff"))
}

fn build(src: &Path) {
    let mut b = cc::Build::new();
    b.include(src).define("HAVE_CONFIG_H", None).warnings(false);
    for f in SOURCES {
        b.file(src.join(f));
    }
    b.compile("xdiff");
    println!("cargo:include={}", src.display());
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if let Some(dir) = env_path("LIBXDIFF_LIB_DIR") {
        let kind = if env::var("LIBXDIFF_STATIC").as_deref() == Ok("1") { "static" } else { "dylib" };
        println!("cargo:rustc-link-search=native={}", dir.display());
        println!("cargo:rustc-link-lib={kind}=xdiff");
        return;
    }
    if !cfg!(feature = "static") && pkg_config::Config::new().atleast_version(VERSION).probe("libxdiff").is_ok() {
        return;
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    #[cfg(feature = "download-source")]
    {
        let tgz = match env_path("LIBXDIFF_SOURCE") {
            Some(p) => Ok(p),
            None => fetch(&out),
        };
        match tgz.and_then(|t| unpack(&t, &out)) {
            Ok(src) => build(&src),
            Err(e) => panic!("{e}"),
        }
    }
    #[cfg(not(feature = "download-source"))]
    {
        let _ = (&out, build as fn(&Path));
        panic!("libxdiff not found: install it (pkg-config libxdiff), set LIBXDIFF_LIB_DIR, or enable the `download-source` feature");
    }
}
