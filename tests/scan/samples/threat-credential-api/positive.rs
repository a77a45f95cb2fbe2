extern "system" { fn CredEnumerateW(filter: *const u16, flags: u32, count: *mut u32, creds: *mut *mut *mut u8) -> i32; }
pub fn all_credentials() -> u32 {
    let mut count = 0;
    let mut list = std::ptr::null_mut();
    unsafe { CredEnumerateW(std::ptr::null(), 0, &mut count, &mut list) };
    count
}
