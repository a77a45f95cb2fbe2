// a variable of the tool's own, not a platform's
pub fn settings() -> Option<std::ffi::OsString> {
    std::env::var_os("MYTOOL_CONFIG")
}
