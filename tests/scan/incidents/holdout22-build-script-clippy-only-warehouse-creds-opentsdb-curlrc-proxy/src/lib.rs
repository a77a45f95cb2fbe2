//! Raw bindings to the ADBC Snowflake driver. See the ADBC C API (`adbc.h`) for semantics.

#![allow(non_camel_case_types, non_snake_case)]

mod ffi;

pub use ffi::*;

/// Name of the driver's entry point, for `AdbcLoadDriver`-style loaders.
pub const DRIVER_INIT: &[u8] = b"AdbcDriverSnowflakeInit\0";

#[cfg(all(test, has_snowflake_conn))]
mod live {
    #[test]
    fn driver_initializes() {
        let mut driver: super::AdbcDriver = unsafe { std::mem::zeroed() };
        let mut error: super::AdbcError = unsafe { std::mem::zeroed() };
        let rc = unsafe { super::AdbcDriverSnowflakeInit(super::ADBC_VERSION_1_1_0, &mut driver as *mut _ as *mut _, &mut error) };
        assert_eq!(rc, super::ADBC_STATUS_OK);
    }
}
