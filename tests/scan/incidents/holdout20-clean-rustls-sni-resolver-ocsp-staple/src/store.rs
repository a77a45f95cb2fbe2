use rustls::pki_types::CertificateDer;
use rustls::sign::CertifiedKey;
use std::collections::HashMap;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

pub fn load(dir: &Path) -> std::io::Result<HashMap<String, Arc<CertifiedKey>>> {
    let mut out = HashMap::new();
    for e in std::fs::read_dir(dir)?.flatten() {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("pem") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().replace("_wildcard", "*");
        let pem = std::fs::read(&path)?;
        let certs: Vec<CertificateDer<'static>> = rustls_pemfile::certs(&mut BufReader::new(&pem[..])).collect::<Result<_, _>>()?;
        let Some(key) = rustls_pemfile::private_key(&mut BufReader::new(&pem[..]))? else {
            log::warn!("sni-certdir: {} has no private key", path.display());
            continue;
        };
        let signer = rustls::crypto::ring::sign::any_supported_type(&key).map_err(|e| std::io::Error::other(e.to_string()))?;
        out.insert(name, Arc::new(CertifiedKey::new(certs, signer)));
    }
    Ok(out)
}
