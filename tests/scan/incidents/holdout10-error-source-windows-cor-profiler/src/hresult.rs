//! HRESULT helpers.

/// `SUCCEEDED(hr)`
pub const fn succeeded(hr: i32) -> bool {
    hr >= 0
}

/// `HRESULT_FROM_WIN32(x)`
pub const fn from_win32(x: u32) -> i32 {
    if x as i32 <= 0 { x as i32 } else { ((x & 0x0000_FFFF) | (7 << 16) | 0x8000_0000) as i32 }
}

/// Facility code of an HRESULT.
pub const fn facility(hr: i32) -> u16 {
    ((hr as u32 >> 16) & 0x1FFF) as u16
}

/// Win32 code inside a `FACILITY_WIN32` HRESULT.
pub const fn win32_code(hr: i32) -> Option<u32> {
    if facility(hr) == 7 { Some(hr as u32 & 0xFFFF) } else { None }
}

#[cfg(test)]
mod tests {
    #[test]
    fn access_denied() {
        assert_eq!(super::from_win32(5), 0x8007_0005u32 as i32);
        assert_eq!(super::win32_code(0x8007_0005u32 as i32), Some(5));
    }
}
