//! `tailwind_assets::CSS` is the compiled stylesheet; `handler()` serves it.

pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/app.css"));

pub fn etag() -> String { format!("\"{:x}\"", CSS.len() as u64 ^ 0x9e37_79b9) }
