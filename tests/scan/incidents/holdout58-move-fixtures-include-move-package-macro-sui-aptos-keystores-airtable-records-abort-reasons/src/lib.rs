//! Compile-time embedding of compiled Move packages.

mod aborts;
mod toolchain;

use proc_macro::TokenStream;
use std::path::{Path, PathBuf};

fn string_literal(input: TokenStream) -> Result<String, String> {
    let src = input.to_string();
    let s = src.trim();
    let inner = s.strip_prefix('"').and_then(|r| r.strip_suffix('"')).ok_or("expected a string literal path")?;
    Ok(inner.replace("\\\\", "\\"))
}

fn error(msg: &str) -> TokenStream {
    format!("::core::compile_error!({msg:?})").parse().unwrap()
}

fn bytecode_dir(pkg: &Path) -> Option<PathBuf> {
    let build = pkg.join("build");
    std::fs::read_dir(&build).ok()?.flatten().map(|e| e.path().join("bytecode_modules")).find(|p| p.is_dir())
}

/// `include_move_package!("path/to/package")` → `&[(&str, &[u8])]`, one entry per module.
#[proc_macro]
pub fn include_move_package(input: TokenStream) -> TokenStream {
    let rel = match string_literal(input) {
        Ok(r) => r,
        Err(e) => return error(&e),
    };
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let pkg = root.join(&rel);
    if !pkg.join("Move.toml").is_file() {
        return error(&format!("{} has no Move.toml", pkg.display()));
    }
    if let Err(e) = toolchain::prepare(&pkg, bytecode_dir(&pkg).is_none()) {
        return error(&e);
    }
    let Some(dir) = bytecode_dir(&pkg) else { return error("package built but no bytecode_modules found") };
    let mut modules: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "mv"))
        .filter_map(|e| Some((e.path().file_stem()?.to_string_lossy().into_owned(), e.path())))
        .collect();
    modules.sort();
    // include_bytes! so that rebuilding the package re-triggers the expansion
    let mut out = String::from("&[");
    for (name, path) in &modules {
        out.push_str(&format!("({name:?}, include_bytes!({:?}) as &[u8]),", path.display().to_string()));
    }
    out.push(']');
    out.parse().unwrap()
}

/// `abort_reason!(0x60031)` → `"not_found(49)"`, for assertion messages.
#[proc_macro]
pub fn abort_reason(input: TokenStream) -> TokenStream {
    let src = input.to_string().replace('_', "");
    let code = match src.trim().strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).ok(),
        None => src.trim().parse().ok(),
    };
    match code {
        Some(c) => format!("{:?}", aborts::explain(c)).parse().unwrap(),
        None => error("expected an integer abort code"),
    }
}
