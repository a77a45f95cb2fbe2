//! Rust std layouts for the view's platform.

use binaryninja::binaryview::{BinaryView, BinaryViewExt};
use binaryninja::settings::Settings;
use binaryninja::types::{Structure, StructureBuilder, Type};

const MARKERS: &[&str] = &["rust_panic", "rust_begin_unwind", "core::panicking::panic", "__rust_alloc", "__rust_dealloc"];

pub fn looks_like_rust(view: &BinaryView) -> bool {
    MARKERS.iter().any(|m| !view.symbols_by_name(m).is_empty())
        || view.strings().iter().take(20_000).any(|s| s.contains("/rustc/") || s.contains(".cargo/registry/src/"))
}

pub fn auto_apply_enabled(view: &BinaryView) -> bool {
    Settings::new("default").get_bool("rustbin.autoApply", Some(view), None)
}

fn ptr_ty(view: &BinaryView) -> Type {
    Type::pointer(&view.default_arch().unwrap(), &Type::int(1, false))
}

fn usize_ty(view: &BinaryView) -> Type {
    Type::int(view.address_size(), false)
}

fn define(view: &BinaryView, name: &str, fields: &[(&str, Type)]) {
    let mut b = StructureBuilder::new();
    for (fname, ty) in fields {
        b.append(ty, fname);
    }
    let s: Structure = b.finalize();
    view.define_user_type(name, &Type::structure(&s));
}

/// `String` / `Vec<u8>` are `{ cap, ptr, len }` since Rust 1.67 (`RawVec` reordered).
pub fn apply(view: &BinaryView) -> usize {
    let p = ptr_ty(view);
    let u = usize_ty(view);
    define(view, "RustVec", &[("cap", u.clone()), ("ptr", p.clone()), ("len", u.clone())]);
    define(view, "RustString", &[("cap", u.clone()), ("ptr", p.clone()), ("len", u.clone())]);
    define(view, "RustStr", &[("ptr", p.clone()), ("len", u.clone())]);
    define(view, "RustDyn", &[("data", p.clone()), ("vtable", p.clone())]);

    let mut n = 0;
    for func in view.functions().iter() {
        let name = func.symbol().full_name().to_string();
        let proto = if name.ends_with("alloc::string::String::push_str") {
            Some("void push_str(struct RustString* self, char* ptr, size_t len)")
        } else if name.ends_with("alloc::raw_vec::RawVec<T,A>::reserve_for_push") || name.ends_with("alloc::raw_vec::RawVecInner<A>::reserve::do_reserve_and_handle") {
            Some("void reserve(struct RustVec* self, size_t len, size_t additional)")
        } else if name.ends_with("core::fmt::write") {
            Some("bool write(struct RustDyn out, void* args)")
        } else {
            None
        };
        if let Some(decl) = proto {
            if let Ok(parsed) = view.parse_type_string(decl) {
                func.set_user_type(&parsed.ty);
                n += 1;
            }
        }
    }
    n
}
