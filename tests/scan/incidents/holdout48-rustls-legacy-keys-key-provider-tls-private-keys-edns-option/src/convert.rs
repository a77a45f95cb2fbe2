use pkcs8::der::{Decode, Encode};
use pkcs8::EncryptedPrivateKeyInfo;
use rustls_pki_types::PrivateKeyDer;
use zeroize::Zeroizing;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Rsa,
    Ec,
    Ed25519,
    Other,
}

const RSA_OID: &str = "1.2.840.113549.1.1.1";
const EC_OID: &str = "1.2.840.10045.2.1";
const ED25519_OID: &str = "1.3.101.112";

fn kind_of(pkcs8: &[u8]) -> KeyKind {
    match pkcs8::PrivateKeyInfo::from_der(pkcs8) {
        Ok(info) => match info.algorithm.oid.to_string().as_str() {
            RSA_OID => KeyKind::Rsa,
            EC_OID => KeyKind::Ec,
            ED25519_OID => KeyKind::Ed25519,
            _ => KeyKind::Other,
        },
        Err(_) => KeyKind::Other,
    }
}

/// Normalise any supported key to unencrypted PKCS#8 DER.
pub(crate) fn to_pkcs8(key: PrivateKeyDer<'static>, pass: Option<&str>) -> Result<(Zeroizing<Vec<u8>>, KeyKind), String> {
    let der: Zeroizing<Vec<u8>> = match key {
        PrivateKeyDer::Pkcs8(k) => {
            let bytes = k.secret_pkcs8_der();
            if let Ok(enc) = EncryptedPrivateKeyInfo::from_der(bytes) {
                let pass = pass.ok_or("encrypted key needs a passphrase")?;
                let doc = enc.decrypt(pass).map_err(|e| e.to_string())?;
                Zeroizing::new(doc.as_bytes().to_vec())
            } else {
                Zeroizing::new(bytes.to_vec())
            }
        }
        PrivateKeyDer::Pkcs1(k) => {
            // Wrap the RSAPrivateKey in a PrivateKeyInfo with rsaEncryption.
            pkcs1::RsaPrivateKey::from_der(k.secret_pkcs1_der()).map_err(|e| e.to_string())?;
            let alg = pkcs8::AlgorithmIdentifierRef {
                oid: pkcs8::ObjectIdentifier::new_unwrap(RSA_OID),
                parameters: Some(pkcs8::der::asn1::AnyRef::NULL),
            };
            let info = pkcs8::PrivateKeyInfo::new(alg, k.secret_pkcs1_der());
            Zeroizing::new(info.to_der().map_err(|e| e.to_string())?)
        }
        PrivateKeyDer::Sec1(k) => {
            let ec = sec1::EcPrivateKey::from_der(k.secret_sec1_der()).map_err(|e| e.to_string())?;
            let curve = ec
                .parameters
                .and_then(|p| p.named_curve())
                .ok_or("SEC1 key without a named curve")?;
            let alg = pkcs8::AlgorithmIdentifierRef {
                oid: pkcs8::ObjectIdentifier::new_unwrap(EC_OID),
                parameters: Some((&curve).into()),
            };
            let info = pkcs8::PrivateKeyInfo::new(alg, k.secret_sec1_der());
            Zeroizing::new(info.to_der().map_err(|e| e.to_string())?)
        }
        _ => return Err("unsupported key container".into()),
    };
    let kind = kind_of(&der);
    Ok((der, kind))
}
