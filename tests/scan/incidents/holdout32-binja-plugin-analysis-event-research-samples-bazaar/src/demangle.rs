//! Symbol renaming.

use binaryninja::binaryview::{BinaryView, BinaryViewExt};
use binaryninja::symbol::{Symbol, SymbolType};

/// Splits the legacy `17h0123456789abcdefE` hash off a demangled name.
fn split_hash(demangled: &str) -> (&str, Option<&str>) {
    match demangled.rfind("::h") {
        Some(i) if demangled.len() - i == 19 && demangled[i + 3..].bytes().all(|b| b.is_ascii_hexdigit()) => (&demangled[..i], Some(&demangled[i + 3..])),
        _ => (demangled, None),
    }
}

pub fn rename_all(view: &BinaryView) -> usize {
    let mut n = 0;
    for func in view.functions().iter() {
        let sym = func.symbol();
        let raw = sym.raw_name().to_string();
        if !(raw.starts_with("_ZN") || raw.starts_with("__ZN") || raw.starts_with("_R") || raw.starts_with("__R")) {
            continue;
        }
        let Ok(d) = rustc_demangle::try_demangle(&raw) else { continue };
        let full = format!("{d:#}");
        let (name, hash) = split_hash(&full);
        let short = name.rsplit("::").next().unwrap_or(name);
        let new = Symbol::builder(SymbolType::Function, short, func.start()).full_name(name).raw_name(raw.as_str()).create();
        view.define_user_symbol(&new);
        if let Some(h) = hash {
            func.set_comment(&format!("rust hash {h}"));
        }
        n += 1;
    }
    n
}
