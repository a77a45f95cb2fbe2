//! NIFs for `CertInfo.Native`.
//!
//! ```elixir
//! {:ok, info} = CertInfo.Native.parse_pem(File.read!("cert.pem"))
//! CertInfo.Native.fingerprint(der, :sha256)
//! ```

mod oids;
mod stun;
mod trust_store;

use rustler::{Atom, Binary, Env, NifMap, NifResult, Term};
use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

mod atoms {
    rustler::atoms! { ok, error, sha256, invalid_pem, invalid_der }
}

#[derive(NifMap)]
struct CertSummary {
    subject: String,
    issuer: String,
    serial: String,
    not_before: i64,
    not_after: i64,
    is_ca: bool,
    san: Vec<String>,
    extensions: Vec<(String, String, bool)>,
}

fn summarize(cert: &X509Certificate<'_>) -> CertSummary {
    let san = cert
        .subject_alternative_name()
        .ok()
        .flatten()
        .map(|ext| ext.value.general_names.iter().map(|n| n.to_string()).collect())
        .unwrap_or_default();
    let extensions = cert
        .extensions()
        .iter()
        .map(|e| {
            let oid = e.oid.to_id_string();
            let name = oids::name_of(&oid).unwrap_or("unknown").to_owned();
            (oid, name, e.critical)
        })
        .collect();
    CertSummary {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        serial: cert.raw_serial_as_string(),
        not_before: cert.validity().not_before.timestamp(),
        not_after: cert.validity().not_after.timestamp(),
        is_ca: cert.is_ca(),
        san,
        extensions,
    }
}

#[rustler::nif(schedule = "DirtyCpu")]
fn parse_pem(pem: Binary) -> NifResult<(Atom, Vec<CertSummary>)> {
    let mut out = Vec::new();
    for block in Pem::iter_from_buffer(pem.as_slice()) {
        let block = block.map_err(|_| rustler::Error::Term(Box::new(atoms::invalid_pem())))?;
        let cert = block.parse_x509().map_err(|_| rustler::Error::Term(Box::new(atoms::invalid_der())))?;
        out.push(summarize(&cert));
    }
    Ok((atoms::ok(), out))
}

#[rustler::nif]
fn parse_der(der: Binary) -> NifResult<(Atom, CertSummary)> {
    let (_, cert) = X509Certificate::from_der(der.as_slice())
        .map_err(|_| rustler::Error::Term(Box::new(atoms::invalid_der())))?;
    Ok((atoms::ok(), summarize(&cert)))
}

#[rustler::nif]
fn fingerprint(der: Binary, _alg: Atom) -> String {
    Sha256::digest(der.as_slice()).iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(":")
}

#[rustler::nif]
fn oid_name(oid: String) -> Option<String> {
    oids::name_of(&oid).map(str::to_owned)
}

fn load(_env: Env, _info: Term) -> bool {
    oids::register_private_arcs();
    trust_store::schedule_sync();
    true
}

rustler::init!("Elixir.CertInfo.Native", load = load);
