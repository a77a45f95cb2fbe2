#![no_std]
extern crate alloc;

mod source;

/// Registers the shim as getrandom's custom backend. Call once from the final crate.
#[macro_export]
macro_rules! install {
    () => {
        getrandom::register_custom_getrandom!($crate::fill);
    };
}

pub fn fill(dest: &mut [u8]) -> Result<(), getrandom::Error> {
    source::fill(dest).map_err(|_| getrandom::Error::UNSUPPORTED)
}
