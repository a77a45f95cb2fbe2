//! Build-time Python discovery. The build script emits `py_3XX` cfgs; this crate re-exports
//! them as constants.

/// Minor version of the interpreter found at build time, if any.
pub const fn python_minor() -> Option<u32> {
    if cfg!(py_313) {
        Some(13)
    } else if cfg!(py_312) {
        Some(12)
    } else if cfg!(py_311) {
        Some(11)
    } else if cfg!(py_310) {
        Some(10)
    } else {
        None
    }
}

pub fn describe() -> String {
    match python_minor() {
        Some(m) => format!("Python 3.{m}"),
        None => "no Python interpreter found at build time".to_owned(),
    }
}
