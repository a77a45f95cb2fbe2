//! Runs the Tailwind CLI over the consumer's templates and writes the CSS to
//! OUT_DIR. Needs Node.js; the CLI is fetched by npx on first use.

use std::{env, path::PathBuf, process::Command};

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("app.css");
    let root = env::var("TAILWIND_ROOT").unwrap_or_else(|_| env::var("CARGO_MANIFEST_DIR").unwrap());
    println!("cargo:rerun-if-env-changed=TAILWIND_ROOT");
    println!("cargo:rerun-if-changed={root}/templates");
    let status = Command::new(if cfg!(windows) { "npx.cmd" } else { "npx" })
        .args(["--yes", "tailwindcss@latest", "-i", "styles/input.css", "-o"])
        .arg(&out)
        .arg("--minify")
        .current_dir(&root)
        .status();
    match status {
        Ok(s) if s.success() => {}
        _ => {
            println!("cargo:warning=tailwind CLI unavailable, embedding an empty stylesheet");
            std::fs::write(&out, "").unwrap();
        }
    }
}
