use crate::b64;
use rustls_pki_types::{CertificateDer, CertificateRevocationListDer, PrivatePkcs1KeyDer, PrivatePkcs8KeyDer, PrivateSec1KeyDer};
use std::io;

#[non_exhaustive]
#[derive(Debug, PartialEq)]
pub enum Item {
    X509Certificate(CertificateDer<'static>),
    Pkcs1Key(PrivatePkcs1KeyDer<'static>),
    Pkcs8Key(PrivatePkcs8KeyDer<'static>),
    Sec1Key(PrivateSec1KeyDer<'static>),
    Crl(CertificateRevocationListDer<'static>),
}

pub fn read_one(rd: &mut dyn io::BufRead) -> io::Result<Option<Item>> {
    let mut line = String::new();
    let mut section: Option<String> = None;
    let mut body = String::new();
    loop {
        line.clear();
        if rd.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let t = line.trim();
        if let Some(l) = t.strip_prefix("-----BEGIN ").and_then(|r| r.strip_suffix("-----")) {
            section = Some(l.to_string());
            body.clear();
            continue;
        }
        if let Some(l) = t.strip_prefix("-----END ").and_then(|r| r.strip_suffix("-----")) {
            if section.as_deref() != Some(l) {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "mismatched PEM section"));
            }
            let der = b64::decode(&body).ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "bad base64"))?;
            let item = match l {
                "CERTIFICATE" => Item::X509Certificate(der.into()),
                "RSA PRIVATE KEY" => Item::Pkcs1Key(der.into()),
                "PRIVATE KEY" => Item::Pkcs8Key(der.into()),
                "EC PRIVATE KEY" => Item::Sec1Key(der.into()),
                "X509 CRL" => Item::Crl(der.into()),
                _ => {
                    section = None;
                    continue;
                }
            };
            return Ok(Some(item));
        }
        if section.is_some() {
            body.push_str(t);
        }
    }
}

pub fn read_all(rd: &mut dyn io::BufRead) -> impl Iterator<Item = io::Result<Item>> + '_ {
    std::iter::from_fn(move || read_one(rd).transpose())
}
