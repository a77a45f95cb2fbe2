#[link(name = "advapi32")]
extern "system" {
    pub fn RegOpenKeyExW(hkey: isize, sub: *const u16, opts: u32, sam: u32, out: *mut isize) -> u32;
    pub fn RegQueryValueExW(hkey: isize, name: *const u16, res: *mut u32, ty: *mut u32, data: *mut u8, len: *mut u32) -> u32;
    pub fn RegCloseKey(hkey: isize) -> u32;
}

pub fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}
