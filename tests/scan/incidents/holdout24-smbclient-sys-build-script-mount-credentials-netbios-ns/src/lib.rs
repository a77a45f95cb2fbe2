//! Raw bindings to `libsmbclient`. Everything here is `unsafe`; see the `smbclient` crate for a
//! safe wrapper.

#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals, dead_code)]

pub use libc::{mode_t, off_t, size_t, ssize_t, time_t};

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

/// Flags for `smbc_setOptionSmbEncryptionLevel`.
pub mod encrypt {
    pub const NONE: u32 = 0;
    pub const REQUEST: u32 = 1;
    pub const REQUIRE: u32 = 2;
}

/// The library version string, e.g. `4.19.5-Ubuntu`.
pub fn version() -> String {
    unsafe {
        let p = smbc_version();
        if p.is_null() {
            return String::new();
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn links() {
        assert!(!super::version().is_empty());
    }
}
