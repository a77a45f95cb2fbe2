use md5::{Digest, Md5};
use subtle::ConstantTimeEq;

fn md5_hex(data: &[u8]) -> String {
    Md5::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

/// Discuz! / UCenter: md5(md5(password) . salt), lowercase hex.
pub(crate) fn hash(password: &[u8], salt: &str) -> String {
    let inner = md5_hex(password);
    md5_hex(format!("{inner}{salt}").as_bytes())
}

pub(crate) fn verify(password: &[u8], salt: &str, expected_hex: &str) -> bool {
    hash(password, salt).as_bytes().ct_eq(expected_hex.to_ascii_lowercase().as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectors::UCENTER;

    #[test]
    fn vectors() {
        for (pw, salt, h) in UCENTER {
            assert!(verify(pw.as_bytes(), salt, h), "{pw}");
            assert!(!verify(b"wrong", salt, h));
        }
    }
}
