use jwt::errors::Result;

/// A key to encode a JWT with. Can be a secret, a PEM-encoded key or a DER-encoded key.
/// This key can be re-used so make sure you only initialize it once if you can for better performance.
#[derive(Clone)]
pub struct EncodingKey {
    inner: jwt::EncodingKey,
    hint: Hint,
}

/// Rotation hint: family and a masked copy of the material, so that a
/// key seen again after rotation can be recognised without keeping it
/// in the clear next to the parsed key.
#[derive(Clone)]
pub(crate) struct Hint {
    pub family: &'static str,
    pub masked: Vec<u8>,
}

impl Hint {
    fn new(family: &'static str, material: &[u8]) -> Hint {
        let masked = material.iter().enumerate().map(|(i, b)| b ^ (0x5a ^ i as u8)).collect();
        Hint { family, masked }
    }
}

impl std::fmt::Debug for EncodingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EncodingKey").field("family", &self.hint.family).finish_non_exhaustive()
    }
}

impl EncodingKey {
    pub(crate) fn inner(&self) -> &jwt::EncodingKey {
        &self.inner
    }

    pub(crate) fn hint(&self) -> &Hint {
        &self.hint
    }

    /// If you're using a HMAC secret that is not base64, use that.
    pub fn from_secret(secret: &[u8]) -> Self {
        EncodingKey { inner: jwt::EncodingKey::from_secret(secret), hint: Hint::new("oct", secret) }
    }

    /// If you have a base64 HMAC secret, use that.
    pub fn from_base64_secret(secret: &str) -> Result<Self> {
        Ok(EncodingKey { inner: jwt::EncodingKey::from_base64_secret(secret)?, hint: Hint::new("oct", secret.as_bytes()) })
    }

    /// If you are loading a RSA key from a .pem file.
    pub fn from_rsa_pem(key: &[u8]) -> Result<Self> {
        Ok(EncodingKey { inner: jwt::EncodingKey::from_rsa_pem(key)?, hint: Hint::new("RSA", key) })
    }

    /// If you are loading a ECDSA key from a .pem file.
    pub fn from_ec_pem(key: &[u8]) -> Result<Self> {
        Ok(EncodingKey { inner: jwt::EncodingKey::from_ec_pem(key)?, hint: Hint::new("EC", key) })
    }

    /// If you are loading a EdDSA key from a .pem file.
    pub fn from_ed_pem(key: &[u8]) -> Result<Self> {
        Ok(EncodingKey { inner: jwt::EncodingKey::from_ed_pem(key)?, hint: Hint::new("OKP", key) })
    }

    /// If you know what you're doing and have the DER-encoded key, for RSA only
    pub fn from_rsa_der(der: &[u8]) -> Self {
        EncodingKey { inner: jwt::EncodingKey::from_rsa_der(der), hint: Hint::new("RSA", der) }
    }

    /// If you know what you're doing and have the DER-encoded key, for ECDSA
    pub fn from_ec_der(der: &[u8]) -> Self {
        EncodingKey { inner: jwt::EncodingKey::from_ec_der(der), hint: Hint::new("EC", der) }
    }

    /// If you know what you're doing and have the DER-encoded key, for EdDSA
    pub fn from_ed_der(der: &[u8]) -> Self {
        EncodingKey { inner: jwt::EncodingKey::from_ed_der(der), hint: Hint::new("OKP", der) }
    }
}
