#[no_mangle]
pub extern "system" fn DllRegisterServer() -> i32 {
    crate::register::write_class_keys().map_or(1, |_| 0)
}
