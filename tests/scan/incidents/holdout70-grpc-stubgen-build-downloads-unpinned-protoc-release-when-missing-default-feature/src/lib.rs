use std::path::PathBuf;
use std::process::Command;

fn find_protoc() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("PROTOC") { return Some(p.into()); }
    Command::new("protoc").arg("--version").output().ok().filter(|o| o.status.success()).map(|_| "protoc".into())
}

#[cfg(feature = "fetch-protoc")]
fn fetch_protoc() -> std::io::Result<PathBuf> {
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(std::io::Error::other)?);
    let exe = out.join("protoc/bin/protoc");
    if exe.exists() { return Ok(exe); }
    let plat = match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "linux-x86_64", ("linux", "aarch64") => "linux-aarch_64",
        ("macos", _) => "osx-universal_binary", ("windows", _) => "win64", _ => return Err(std::io::Error::other("unsupported")),
    };
    let latest = ureq::get("https://api.github.com/repos/protocolbuffers/protobuf/releases/latest")
        .call().map_err(std::io::Error::other)?.into_string()?;
    let tag = latest.split("\"tag_name\":\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or("v27.1").to_string();
    let ver = tag.trim_start_matches('v');
    let url = format!("https://github.com/protocolbuffers/protobuf/releases/download/{tag}/protoc-{ver}-{plat}.zip");
    let mut buf = Vec::new();
    ureq::get(&url).call().map_err(std::io::Error::other)?.into_reader().read_to_end(&mut buf)?;
    zip::ZipArchive::new(std::io::Cursor::new(buf)).map_err(std::io::Error::other)?
        .extract(out.join("protoc")).map_err(std::io::Error::other)?;
    #[cfg(unix)]
    { use std::os::unix::fs::PermissionsExt; std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755))?; }
    Ok(exe)
}

/// Compiles `protos` to Rust stubs in `OUT_DIR`.
pub fn compile(protos: &[&str]) -> std::io::Result<()> {
    #[cfg(feature = "fetch-protoc")]
    let protoc = match find_protoc() { Some(p) => p, None => fetch_protoc()? };
    #[cfg(not(feature = "fetch-protoc"))]
    let protoc = find_protoc().ok_or_else(|| std::io::Error::other("protoc not found; set PROTOC"))?;
    let out = std::env::var("OUT_DIR").map_err(std::io::Error::other)?;
    let st = Command::new(protoc).arg(format!("--descriptor_set_out={out}/fds.bin")).arg("--include_imports").args(protos).status()?;
    if !st.success() { return Err(std::io::Error::other("protoc failed")); }
    for p in protos { println!("cargo:rerun-if-changed={p}"); }
    Ok(())
}

#[cfg(feature = "fetch-protoc")]
use std::io::Read;
