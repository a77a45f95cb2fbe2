//! Certificate pinning on top of, never instead of, WebPKI validation.
//!
//! ```no_run
//! let v = rustls_spki_pin::PinnedVerifier::new(["n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="]).unwrap();
//! let cfg = v.client_config();
//! ```

use base64::Engine;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, Error, RootCertStore, SignatureScheme};
use std::sync::Arc;

#[derive(Debug)]
pub struct PinnedVerifier {
    inner: Arc<WebPkiServerVerifier>,
    pins: Vec<[u8; 32]>,
}

#[derive(Debug)]
pub struct BadPin(pub String);

impl PinnedVerifier {
    pub fn new<'a>(pins: impl IntoIterator<Item = &'a str>) -> Result<Self, BadPin> {
        let pins = pins
            .into_iter()
            .map(|p| {
                let v = base64::engine::general_purpose::STANDARD.decode(p).map_err(|_| BadPin(p.into()))?;
                <[u8; 32]>::try_from(v.as_slice()).map_err(|_| BadPin(p.into()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if pins.is_empty() {
            return Err(BadPin("at least one pin is required".into()));
        }
        let roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
        let inner = WebPkiServerVerifier::builder(Arc::new(roots)).build().map_err(|e| BadPin(e.to_string()))?;
        Ok(PinnedVerifier { inner, pins })
    }

    pub fn client_config(self) -> rustls::ClientConfig {
        rustls::ClientConfig::builder().dangerous().with_custom_certificate_verifier(Arc::new(self)).with_no_client_auth()
    }

    fn spki_hash(der: &[u8]) -> Option<[u8; 32]> {
        let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
        let d = ring::digest::digest(&ring::digest::SHA256, cert.public_key().raw);
        d.as_ref().try_into().ok()
    }
}

impl ServerCertVerifier for PinnedVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        // 1. The chain must be valid for the name; a pin never rescues an invalid chain.
        let ok = self.inner.verify_server_cert(end_entity, intermediates, server_name, ocsp, now)?;
        // 2. Some certificate in the chain must carry a pinned key.
        let chain = std::iter::once(end_entity).chain(intermediates.iter());
        for c in chain {
            if let Some(h) = Self::spki_hash(c) {
                if self.pins.iter().any(|p| p == &h) {
                    return Ok(ok);
                }
            }
        }
        Err(Error::General("no certificate in the chain matches a configured SPKI pin".into()))
    }

    fn verify_tls12_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }

    fn verify_tls13_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rejects_empty_and_malformed_pins() {
        assert!(super::PinnedVerifier::new([]).is_err());
        assert!(super::PinnedVerifier::new(["not-base64!"]).is_err());
        assert!(super::PinnedVerifier::new(["AAAA"]).is_err());
    }
}
