//! Minimal OCSP client (RFC 6960): one CertID per request, SHA-1, no nonce.

use rustls::sign::CertifiedKey;
use sha1::{Digest, Sha1};
use std::io::Read;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::*;

fn der(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = body.len();
    if n < 0x80 {
        out.push(n as u8);
    } else if n < 0x100 {
        out.extend_from_slice(&[0x81, n as u8]);
    } else {
        out.extend_from_slice(&[0x82, (n >> 8) as u8, n as u8]);
    }
    out.extend_from_slice(body);
    out
}

const SHA1_ALG: &[u8] = &[0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00];

fn responder_url(cert: &X509Certificate<'_>) -> Option<String> {
    for ext in cert.extensions() {
        if let ParsedExtension::AuthorityInfoAccess(aia) = ext.parsed_extension() {
            for desc in &aia.accessdescs {
                if desc.access_method.to_id_string() == "1.3.6.1.5.5.7.48.1" {
                    if let GeneralName::URI(u) = desc.access_location {
                        return Some(u.to_string());
                    }
                }
            }
        }
    }
    None
}

pub fn fetch_staple(ck: &CertifiedKey) -> Option<Vec<u8>> {
    let leaf_der = ck.cert.first()?;
    let issuer_der = ck.cert.get(1)?;
    let (_, leaf) = X509Certificate::from_der(leaf_der).ok()?;
    let (_, issuer) = X509Certificate::from_der(issuer_der).ok()?;
    let url = responder_url(&leaf)?;
    if !url.starts_with("http://") {
        return None;
    }
    let name_hash = Sha1::digest(issuer.subject().as_raw());
    let key_hash = Sha1::digest(issuer.public_key().subject_public_key.data.as_ref());
    let serial = leaf.raw_serial();
    let mut cert_id = SHA1_ALG.to_vec();
    cert_id.extend(der(0x04, &name_hash));
    cert_id.extend(der(0x04, &key_hash));
    cert_id.extend(der(0x02, serial));
    let request = der(0x30, &der(0x30, &cert_id));
    let tbs = der(0x30, &der(0x30, &request));
    let body = der(0x30, &tbs);
    let resp = ureq::post(&url)
        .set("Content-Type", "application/ocsp-request")
        .timeout(std::time::Duration::from_secs(10))
        .send_bytes(&body)
        .ok()?;
    let mut out = Vec::new();
    resp.into_reader().take(64 * 1024).read_to_end(&mut out).ok()?;
    // responseStatus successful(0) is the first element of the outer SEQUENCE.
    (out.len() > 5 && out[2] == 0x0a && out[4] == 0x00).then_some(out)
}
