#![no_std]

mod portable;

#[cfg(crc32x_prebuilt)]
extern "C" {
    fn crc32x_update_avx512(crc: u32, p: *const u8, len: usize) -> u32;
    fn crc32c_update_avx512(crc: u32, p: *const u8, len: usize) -> u32;
}

pub fn crc32(data: &[u8]) -> u32 {
    #[cfg(crc32x_prebuilt)]
    if std_detect() {
        return unsafe { !crc32x_update_avx512(!0, data.as_ptr(), data.len()) };
    }
    !portable::update(!0, data, &portable::IEEE)
}

pub fn crc32c(data: &[u8]) -> u32 {
    #[cfg(crc32x_prebuilt)]
    if std_detect() {
        return unsafe { !crc32c_update_avx512(!0, data.as_ptr(), data.len()) };
    }
    !portable::update(!0, data, &portable::CASTAGNOLI)
}

#[cfg(crc32x_prebuilt)]
fn std_detect() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        let l7 = unsafe { core::arch::x86_64::__cpuid_count(7, 0) };
        (l7.ebx >> 16) & 1 == 1 && (l7.ecx >> 10) & 1 == 1
    }
    #[cfg(not(target_arch = "x86_64"))]
    false
}
