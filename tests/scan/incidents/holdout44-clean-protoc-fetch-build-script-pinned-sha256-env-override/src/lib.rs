//! Call `protoc_fetch::protoc()` from your build script. Uses `$PROTOC` if set,
//! else downloads protoc 25.1 from the official GitHub release and verifies SHA-256.
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::PathBuf;

const VERSION: &str = "25.1";
const PINNED: &[(&str, &str)] = &[
    ("linux-x86_64", "ed8fca87a11c888fed329d6a59c34c7d436165f662a2c875246ddb1ac2b6dd50"),
    ("osx-universal_binary", "2aa4b0c24f1c3e4d5e5f9cbd8e2b7a4c1d9b0f7e6a3c2d1e0f9a8b7c6d5e4f30"),
];

pub fn protoc() -> std::io::Result<PathBuf> {
    if let Some(p) = std::env::var_os("PROTOC") { return Ok(p.into()) }
    let plat = if cfg!(target_os = "macos") { "osx-universal_binary" } else { "linux-x86_64" };
    let want = PINNED.iter().find(|(p, _)| *p == plat).map(|(_, h)| *h)
        .ok_or_else(|| std::io::Error::other("unsupported host; set PROTOC"))?;
    let url = format!("https://github.com/protocolbuffers/protobuf/releases/download/v{VERSION}/protoc-{VERSION}-{plat}.zip");
    let mut buf = Vec::new();
    ureq::get(&url).call().map_err(std::io::Error::other)?.into_reader().read_to_end(&mut buf)?;
    let got = format!("{:x}", Sha256::digest(&buf));
    if got != want { return Err(std::io::Error::other(format!("checksum mismatch for {url}: {got}"))) }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("protoc");
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(buf)).map_err(std::io::Error::other)?;
    std::io::copy(&mut z.by_name("bin/protoc").map_err(std::io::Error::other)?, &mut std::fs::File::create(&out)?)?;
    #[cfg(unix)] { use std::os::unix::fs::PermissionsExt; std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755))?; }
    Ok(out)
}
