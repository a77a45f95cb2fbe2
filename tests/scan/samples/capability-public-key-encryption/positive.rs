// An RSA encryption of a message to the key it is given.
pub fn wrap(key: &rsa::RsaPublicKey, message: &[u8]) -> rsa::Result<Vec<u8>> {
    key.encrypt(&mut rand::thread_rng(), rsa::Pkcs1v15Encrypt, message)
}
