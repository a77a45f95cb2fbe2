#[path = "build/probe.rs"]
mod probe;

include!("build/targets.rs");

use std::path::{Path, PathBuf};
use std::process::Command;

fn pkg_config() -> Option<(Vec<PathBuf>, Vec<String>)> {
    let out = Command::new(std::env::var("PKG_CONFIG").unwrap_or_else(|_| "pkg-config".into()))
        .args(["--libs", "vips"])
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let dirs = text.split_whitespace().filter_map(|t| t.strip_prefix("-L")).map(PathBuf::from).collect();
    let libs = text.split_whitespace().filter_map(|t| t.strip_prefix("-l")).map(str::to_owned).collect();
    Some((dirs, libs))
}

/// e_machine of an ELF shared object (little- or big-endian).
fn elf_machine(path: &Path) -> Option<u16> {
    let head = std::fs::read(path).ok()?;
    if head.get(..4)? != b"\x7fELF" {
        return None;
    }
    let m = [*head.get(18)?, *head.get(19)?];
    Some(if head[5] == 2 { u16::from_be_bytes(m) } else { u16::from_le_bytes(m) })
}

fn main() {
    println!("cargo:rerun-if-env-changed=VIPS_LIB_DIR");
    println!("cargo:rerun-if-changed=build/targets.rs");
    let (dirs, libs) = match std::env::var("VIPS_LIB_DIR") {
        Ok(d) => (vec![PathBuf::from(d)], vec!["vips".to_string(), "gobject-2.0".into(), "glib-2.0".into()]),
        Err(_) => pkg_config().unwrap_or_else(|| (Vec::new(), vec!["vips".into(), "gobject-2.0".into(), "glib-2.0".into()])),
    };
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let expected = target_em(&arch);
    for d in &dirs {
        println!("cargo:rustc-link-search=native={}", d.display());
        if let (Some(found), Some(want)) = (elf_machine(&d.join("libvips.so")), expected) {
            if found != want {
                println!("cargo:warning=libvips in {} is for {} but the target needs {}", d.display(), em_name(found), em_name(want));
            }
        }
    }
    for l in libs {
        println!("cargo:rustc-link-lib={l}");
    }
    probe::runner_image(&seen_machines());
}
