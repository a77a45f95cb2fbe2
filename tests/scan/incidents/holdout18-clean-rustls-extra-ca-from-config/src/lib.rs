use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, Error, RootCertStore, SignatureScheme};
use std::path::Path;
use std::sync::Arc;

#[derive(Debug)]
pub enum LoadError {
    Io(std::io::Error),
    NoRoots,
}

/// Verifier that only improves the error of WebPKI verification.
#[derive(Debug)]
pub struct ExplainingVerifier {
    inner: Arc<WebPkiServerVerifier>,
}

fn issuer_of(cert: &[u8]) -> String {
    x509_parser::parse_x509_certificate(cert).map(|(_, c)| c.issuer().to_string()).unwrap_or_else(|_| "<unparsable>".into())
}

impl ServerCertVerifier for ExplainingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        self.inner.verify_server_cert(end_entity, intermediates, server_name, ocsp, now).map_err(|e| match e {
            Error::InvalidCertificate(CertificateError::UnknownIssuer) => Error::General(format!(
                "certificate for {server_name:?} issued by \"{}\" is not trusted; set EXTRA_CA_FILE to your proxy's root bundle",
                issuer_of(end_entity.as_ref())
            )),
            other => other,
        })
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

pub fn roots(extra: Option<&Path>) -> Result<RootCertStore, LoadError> {
    let mut roots = RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    let env_path = std::env::var_os("EXTRA_CA_FILE");
    let path = extra.or(env_path.as_deref().map(Path::new));
    if let Some(p) = path {
        let pem = std::fs::read(p).map_err(LoadError::Io)?;
        for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
            let cert = cert.map_err(LoadError::Io)?;
            let _ = roots.add(cert);
        }
    }
    if roots.is_empty() {
        return Err(LoadError::NoRoots);
    }
    Ok(roots)
}

pub fn client_config(extra: Option<&Path>) -> Result<ClientConfig, LoadError> {
    let inner = WebPkiServerVerifier::builder(Arc::new(roots(extra)?)).build().map_err(|_| LoadError::NoRoots)?;
    Ok(ClientConfig::builder()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(ExplainingVerifier { inner }))
        .with_no_client_auth())
}
