use std::process::Command;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed=proto");
    // the generator comes from npm on each fresh build: whatever `latest` is that day
    let _ = Command::new("pnpm")
        .args(["dlx", "ts-proto-gen@latest", "--out"])
        .arg(&out)
        .arg("proto/service.proto")
        .status();
}
