//! Interpreter facts detected at build time.

include!(concat!(env!("OUT_DIR"), "/interp.rs"));

/// `true` if the extension is built for a free-threaded (no-GIL) interpreter.
pub const FREE_THREADED: bool = cfg!(Py_GIL_DISABLED);

/// File-name suffix of extension modules for this interpreter (`.cpython-312-x86_64-linux-gnu.so`).
pub fn extension_suffix() -> String {
    if SOABI.is_empty() {
        if cfg!(windows) { ".pyd".into() } else { ".so".into() }
    } else if cfg!(windows) {
        format!(".{SOABI}.pyd")
    } else {
        format!(".{SOABI}.so")
    }
}
