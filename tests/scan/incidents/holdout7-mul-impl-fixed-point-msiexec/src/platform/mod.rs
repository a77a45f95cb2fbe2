//! Locale lookups.

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub(crate) use self::windows::decimal_separator;

#[cfg(not(windows))]
pub(crate) fn decimal_separator() -> char {
    let lc = std::env::var("LC_NUMERIC").or_else(|_| std::env::var("LANG")).unwrap_or_default();
    if ["de", "fr", "es", "it", "ru", "pt", "nl"].iter().any(|p| lc.starts_with(p)) {
        ','
    } else {
        '.'
    }
}

/// Text stored in presentation forms in the locale tables; folded back to ASCII here.
#[allow(dead_code)]
pub(crate) fn narrow(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        })
        .collect()
}
