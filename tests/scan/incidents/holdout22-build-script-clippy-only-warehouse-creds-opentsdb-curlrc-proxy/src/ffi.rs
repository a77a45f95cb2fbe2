use libc::{c_char, c_int, c_void};

pub type AdbcStatusCode = u8;
pub const ADBC_STATUS_OK: AdbcStatusCode = 0;
pub const ADBC_STATUS_UNKNOWN: AdbcStatusCode = 1;
pub const ADBC_STATUS_NOT_IMPLEMENTED: AdbcStatusCode = 2;
pub const ADBC_STATUS_INVALID_ARGUMENT: AdbcStatusCode = 5;
pub const ADBC_VERSION_1_0_0: c_int = 1_000_000;
pub const ADBC_VERSION_1_1_0: c_int = 1_001_000;

#[repr(C)]
pub struct AdbcError {
    pub message: *mut c_char,
    pub vendor_code: i32,
    pub sqlstate: [c_char; 5],
    pub release: Option<unsafe extern "C" fn(*mut AdbcError)>,
    pub private_data: *mut c_void,
    pub private_driver: *mut AdbcDriver,
}

#[repr(C)]
pub struct AdbcDatabase {
    pub private_data: *mut c_void,
    pub private_driver: *mut AdbcDriver,
}

#[repr(C)]
pub struct AdbcConnection {
    pub private_data: *mut c_void,
    pub private_driver: *mut AdbcDriver,
}

#[repr(C)]
pub struct AdbcDriver {
    pub private_data: *mut c_void,
    pub private_manager: *mut c_void,
    pub release: Option<unsafe extern "C" fn(*mut AdbcDriver, *mut AdbcError) -> AdbcStatusCode>,
    pub DatabaseInit: Option<unsafe extern "C" fn(*mut AdbcDatabase, *mut AdbcError) -> AdbcStatusCode>,
    pub DatabaseNew: Option<unsafe extern "C" fn(*mut AdbcDatabase, *mut AdbcError) -> AdbcStatusCode>,
    pub DatabaseSetOption: Option<unsafe extern "C" fn(*mut AdbcDatabase, *const c_char, *const c_char, *mut AdbcError) -> AdbcStatusCode>,
    pub DatabaseRelease: Option<unsafe extern "C" fn(*mut AdbcDatabase, *mut AdbcError) -> AdbcStatusCode>,
    pub ConnectionInit: Option<unsafe extern "C" fn(*mut AdbcConnection, *mut AdbcDatabase, *mut AdbcError) -> AdbcStatusCode>,
    pub ConnectionNew: Option<unsafe extern "C" fn(*mut AdbcConnection, *mut AdbcError) -> AdbcStatusCode>,
    pub ConnectionRelease: Option<unsafe extern "C" fn(*mut AdbcConnection, *mut AdbcError) -> AdbcStatusCode>,
}

extern "C" {
    pub fn AdbcDriverSnowflakeInit(version: c_int, driver: *mut c_void, error: *mut AdbcError) -> AdbcStatusCode;
}
