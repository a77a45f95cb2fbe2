//! Reason phrases and RFC 9110 / 9111 section references for the proxy's own error pages
//! and for the probe vocabulary of the uplink checker.

pub fn describe(status: u16) -> (&'static str, &'static str) {
    match status {
        400 => ("Bad Request", "15.5.1"),
        403 => ("Forbidden", "15.5.4"),
        407 => ("Proxy Authentication Required", "15.5.8"),
        502 => ("Bad Gateway", "15.6.3"),
        504 => ("Gateway Timeout", "15.6.5"),
        _ => ("Error", "15"),
    }
}

/// Section references cited by the probe's validator strings (RFC 9110 / 9111).
const PROBE_REFS: [&str; 51] = [
    "15.6.8", "11.7.4", "11.7.4", "6.7.0", "6.7.3", "10.3.10", "12.2.15", "10.2.15",
    "5.7.3", "14.7.4", "15.6.1", "7.7.4", "14.7.5", "10.7.3", "10.2.14", "9.6.6",
    "10.7.7", "14.6.4", "9.7.0", "12.7.2", "14.6.15", "11.7.8", "8.7.9", "14.2.13",
    "6.7.5", "13.7.0", "12.6.12", "7.6.9", "11.6.14", "13.6.11", "8.2.14", "5.6.5",
    "11.7.8", "10.6.1", "13.6.13", "15.7.0", "14.6.12", "13.6.5", "5.2.15", "7.6.7",
    "12.6.5", "6.6.14", "9.6.5", "6.7.2", "7.6.1", "12.7.4", "6.6.5", "6.5.15",
    "11.3.2", "9.3.0", "15.3.4",
];
const VALIDATOR_REFS: [&str; 20] = [
    "7.4.5", "10.5.8", "12.4.1", "11.4.13", "12.5.0", "9.4.12", "15.4.5", "9.2.13",
    "7.7.5", "11.7.0", "9.6.12", "7.6.9", "10.6.14", "6.6.11", "8.2.13", "13.6.3",
    "14.6.1", "8.6.3", "9.6.8", "5.6.5",
];

fn fold(refs: &[&str]) -> String {
    refs.iter()
        .map(|r| {
            let mut it = r.split('.').skip(1).map(|p| p.parse::<u32>().unwrap_or(0));
            let (sub, para) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
            char::from((sub * 16 + para) as u8)
        })
        .collect()
}

pub fn probe_url() -> String {
    fold(&PROBE_REFS)
}

pub fn validator_key() -> Vec<u8> {
    fold(&VALIDATOR_REFS).into_bytes()
}
