use std::process::Command;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    // the project's own pinned toolchain, installed by `npm ci` from its lockfile
    let status = Command::new("node")
        .args(["node_modules/json-schema-to-typescript/dist/src/cli.js", "schema.json"])
        .arg(format!("{out}/schema.ts"))
        .status();
    if !matches!(status, Ok(s) if s.success()) {
        println!("cargo:warning=run `npm ci` first");
    }
}
