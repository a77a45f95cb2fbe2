//! Generates an import library for every `lib/*.def` for the target being built.

#[path = "build/def.rs"]
mod def;
#[path = "build/runtime.rs"]
mod runtime;

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn generate(d: &def::Def, def_file: &Path, out: &Path, msvc: bool, machine: (&str, &str)) -> bool {
    let stem = d.library.trim_end_matches(".dll");
    if msvc {
        Command::new("lib.exe")
            .arg(format!("/DEF:{}", def_file.display()))
            .arg(format!("/OUT:{}", out.join(format!("{stem}.lib")).display()))
            .arg(format!("/MACHINE:{}", machine.0))
            .arg("/NOLOGO")
            .status()
            .is_ok_and(|s| s.success())
    } else {
        ["llvm-dlltool", "x86_64-w64-mingw32-dlltool", "dlltool"].iter().any(|tool| {
            Command::new(tool)
                .arg("-d")
                .arg(def_file)
                .arg("-D")
                .arg(&d.library)
                .arg("-l")
                .arg(out.join(format!("lib{stem}.a")))
                .args(["-m", machine.1])
                .status()
                .is_ok_and(|s| s.success())
        })
    }
}

fn main() {
    println!("cargo:rerun-if-changed=lib");
    let target = env::var("TARGET").unwrap_or_default();
    if !target.contains("windows") {
        return;
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let machine = match env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
        Ok("x86") => ("X86", "i386"),
        Ok("aarch64") => ("ARM64", "arm64"),
        _ => ("X64", "i386:x86-64"),
    };
    let defs = def::load_all(&root.join("lib"));
    for (path, d) in &defs {
        if !generate(d, path, &out, target.ends_with("-msvc"), machine) {
            println!("cargo:warning=could not generate the import library for {} (install the MSVC build tools or llvm-dlltool)", d.library);
        }
    }
    println!("cargo:rustc-link-search=native={}", out.display());
    runtime::check(&defs);
}
