use std::io::Read;
use std::time::Duration;

use rustls::pki_types::CertificateDer;
use x509_parser::extensions::{DistributionPointName, GeneralName, ParsedExtension};
use x509_parser::prelude::*;
use x509_parser::revocation_list::CertificateRevocationList;

#[derive(Debug, PartialEq, Eq)]
pub enum Revocation {
    Good,
    Revoked,
    Unknown,
}

fn points(cert: &X509Certificate<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for ext in cert.extensions() {
        if let ParsedExtension::CRLDistributionPoints(cdp) = ext.parsed_extension() {
            for p in cdp.iter() {
                if let Some(DistributionPointName::FullName(names)) = &p.distribution_point {
                    out.extend(names.iter().filter_map(|n| match n {
                        GeneralName::URI(u) if u.starts_with("http://") => Some(u.to_string()),
                        _ => None,
                    }));
                }
            }
        }
    }
    out
}

fn download(url: &str) -> Option<Vec<u8>> {
    let resp = ureq::get(url).timeout(Duration::from_secs(10)).call().ok()?;
    let mut body = Vec::new();
    resp.into_reader().take(16 << 20).read_to_end(&mut body).ok()?;
    Some(body)
}

pub fn check(leaf: &CertificateDer<'_>) -> Revocation {
    let Ok((_, cert)) = X509Certificate::from_der(leaf.as_ref()) else { return Revocation::Unknown };
    for url in points(&cert) {
        let Some(der) = download(&url) else { continue };
        let Ok((_, crl)) = CertificateRevocationList::from_der(&der) else { continue };
        if crl.issuer() != cert.issuer() {
            log::warn!("CRL at {url} is for a different issuer");
            continue;
        }
        let serial = cert.raw_serial();
        return if crl.iter_revoked_certificates().any(|r| r.raw_serial() == serial) {
            Revocation::Revoked
        } else {
            Revocation::Good
        };
    }
    Revocation::Unknown
}
