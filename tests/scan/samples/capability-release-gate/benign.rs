//! Debug-only assertions, written as an attribute and as `debug_assert!`.
#[cfg(debug_assertions)]
fn trace(what: &str) {
    eprintln!("{what}");
}

pub fn add(a: u32, b: u32) -> u32 {
    debug_assert!(a < 1 << 31);
    #[cfg(debug_assertions)]
    trace("add");
    a + b
}
